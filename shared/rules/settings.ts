/** Applies the project's rule settings (off, severity) and acknowledgements to what the rules found. */
import type { ProjectSettings } from '../model/schema.ts';
import { RULES } from './catalogue.ts';
import type { Conflict, Finding, Severity } from './types.ts';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const RULE_ORDER = new Map(RULES.map((r, i) => [r.id, i]));
const DEFAULT_SEVERITY = new Map(RULES.map((r) => [r.id, r.severity]));

/** The severity a rule has in this project, or null when the organiser turned it off. */
export function effectiveSeverity(settings: ProjectSettings, rule: string): Severity | null {
  const setting = settings.rules[rule];
  if (setting && !setting.enabled) return null;
  return setting?.severity ?? DEFAULT_SEVERITY.get(rule) ?? 'error';
}

/**
 * Turns findings into conflicts sorted by severity, then rule, then key; errors cannot be acknowledged away.
 * A finding kept from one check to the next keeps its conflict while the settings stay the same.
 */
export function settingsApplier(): (findings: Iterable<Finding>, settings: ProjectSettings) => Conflict[] {
  let current: ProjectSettings | null = null;
  let notes = new Map<string, string>();
  let made = new WeakMap<Finding, Conflict | null>();
  // The last result, sorted, and its members: an edit changes a few findings, so the rest keep their order.
  let previous: readonly Conflict[] = [];
  let previousSet = new Set<Conflict>();
  return (findings, settings) => {
    if (settings !== current) {
      current = settings;
      notes = new Map(settings.acknowledgements.map((a) => [a.key, a.note]));
      made = new WeakMap();
      previous = [];
      previousSet = new Set();
    }
    const now = new Set<Conflict>();
    const added: Conflict[] = [];
    for (const f of findings) {
      let conflict = made.get(f);
      if (conflict === undefined) made.set(f, (conflict = toConflict(f, settings, notes)));
      if (!conflict) continue;
      now.add(conflict);
      if (!previousSet.has(conflict)) added.push(conflict);
    }
    const out = mergeSorted(
      previous.filter((c) => now.has(c)),
      added.sort(bySeverityRuleKey),
    );
    previous = out;
    previousSet = now;
    return out;
  };
}

/** Two lists sorted by severity, rule and key, as one (keys are unique, so the order is total). */
function mergeSorted(a: Conflict[], b: readonly Conflict[]): Conflict[] {
  if (b.length === 0) return a;
  const out: Conflict[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(bySeverityRuleKey(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

function toConflict(f: Finding, settings: ProjectSettings, notes: ReadonlyMap<string, string>): Conflict | null {
  const severity = effectiveSeverity(settings, f.rule);
  if (severity === null) return null;
  const note = severity === 'error' ? undefined : notes.get(f.key);
  return { rule: f.rule, severity, items: f.items, key: f.key, code: f.code, params: f.params, acknowledged: note !== undefined, note: note ?? '' };
}

const bySeverityRuleKey = (a: Conflict, b: Conflict): number =>
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
  (RULE_ORDER.get(a.rule) ?? 99) - (RULE_ORDER.get(b.rule) ?? 99) ||
  (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
