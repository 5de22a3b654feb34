/** `regie check <file> [--json]`: runs every conflict rule; exit 0 without errors, 1 with errors. */
import type { TFunction } from 'i18next';
import { findConflicts, type Conflict } from '../../shared/rules/index.ts';
import { countBySeverity } from '../../shared/rules/summary.ts';
import type { CliCommand } from './io.ts';
import { openForCli, parseCli } from './validate.ts';
import { keyOf } from '../../shared/i18n/typed-keys.ts';

const MARK = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

const message = (t: TFunction, c: Conflict): string => t(c.code, c.params);

export const run: CliCommand = async (args, io) => {
  const parsed = parseCli({ allowPositionals: true, options: { json: { type: 'boolean' } } }, args, io, 'conflicts:cli.usage');
  if (!parsed) return 2;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.err(io.t('conflicts:cli.usage'));
    return 2;
  }
  const opened = await openForCli(file, io);
  if (typeof opened === 'number') return opened;
  const conflicts = findConflicts(opened.project);
  const counts = countBySeverity(conflicts);

  if (parsed.values.json) {
    const rows = conflicts.map((c) => ({
      rule: c.rule,
      severity: c.severity,
      items: c.items,
      message: message(io.t, c),
      key: c.key,
      ...(c.acknowledged ? { acknowledged: true, note: c.note } : {}),
    }));
    io.out(JSON.stringify(rows, null, 2));
  } else if (conflicts.length === 0) {
    io.out(io.t('conflicts:cli.none', { file }));
  } else {
    const groups = new Map<string, Conflict[]>();
    for (const c of conflicts) {
      const list = groups.get(c.rule);
      if (list) list.push(c);
      else groups.set(c.rule, [c]);
    }
    for (const [rule, list] of groups) {
      io.out(`${MARK[list[0]!.severity]} ${io.t('conflicts:cli.group', { title: io.t(keyOf(`conflicts:rules.${rule}.title`)), count: list.length })}`);
      for (const c of list) {
        const accepted = c.acknowledged ? ` ${io.t('conflicts:cli.acknowledged', { note: c.note })}` : '';
        io.out(`  - ${message(io.t, c)}${accepted}`);
      }
    }
    io.out(io.t('conflicts:cli.summary', { errors: counts.error, warnings: counts.warning, infos: counts.info }));
  }
  return counts.error > 0 ? 1 : 0;
};
