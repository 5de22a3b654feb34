/** A programme from elsewhere is read in the reading worker, as the app reads it: the programme comes back, or the refusal with its line. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileReader } from '../../../main/services/untrusted/reader.ts';
import { createI18n, describeProblem } from '../../../shared/i18n/index.ts';
import type { ImportedProgramme } from '../../../shared/programme/read-programme.ts';
import { lineOf, scheduleXml, talk } from './schedules.ts';

const en = createI18n('en').t;
const reader = createFileReader();
afterAll(() => reader.close());

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'regie-programme-worker-')), name);
  await writeFile(path, content);
  return path;
}

describe('the reading worker', () => {
  it('reads schedule.xml into the programme, with the notices of what it read with a doubt', async () => {
    const path = await file('schedule.xml', scheduleXml([{ date: '2025-10-14', rooms: { 'Amphi A': [talk({ type: 'Performance' })] } }]));
    const outcome = await reader.read({ kind: 'programme', path });
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done' || !outcome.value.ok) throw new Error('not read');
    const programme = JSON.parse(outcome.value.programmeJson) as ImportedProgramme;
    expect(programme.events.map((event) => [event.title, event.slot?.roomName, event.slot?.start])).toEqual([['Jumeaux numériques du cœur', 'Amphi A', '09:00']]);
    expect(outcome.value.notices.map((notice) => describeProblem(en, notice))).toEqual(['schedule.xml: type “Performance” unknown to Régie (1 event): imported as a talk. Change the session’s kind if needed.']);
  });

  it('refuses a schedule that is not UTF-8, and one with a broken day, saying where', async () => {
    const latin1 = await file('schedule.xml', Buffer.from(scheduleXml([{ date: '2025-10-14', rooms: { 'Amphi A': [talk()] } }]), 'latin1'));
    const notUtf8 = await reader.read({ kind: 'programme', path: latin1 });
    expect(notUtf8.status === 'done' && !notUtf8.value.ok && notUtf8.value.problems.map((problem) => describeProblem(en, problem))).toEqual([
      'schedule.xml: this file is not UTF-8, the encoding of every frab and pretalx programme: nothing was imported. Download the programme from its tool again.',
    ]);
    const brokenText = scheduleXml([{ date: '2025-02-30', rooms: {} }]);
    const broken = await reader.read({ kind: 'programme', path: await file('schedule.xml', brokenText) });
    expect(broken.status === 'done' && !broken.value.ok && describeProblem(en, broken.value.problems[0]!)).toBe(
      `schedule.xml, line ${lineOf(brokenText, '<day ')}, day[1]/@date: the day’s date “2025-02-30” is not a real YYYY-MM-DD date: nothing was imported. Fix it in the programme.`,
    );
  });
});
