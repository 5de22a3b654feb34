/** A pretalx-style schedule.xml imported through the Timetable's dialog: previewed, applied, seen in the grid, undone; a hostile one refused. */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './harness.ts';
import { TimetablePage } from './pages/timetable.ts';

/** Two talks on the sample's first day: one in a room the sample does not have (first, so the grid shows it), one in a room it has. */
const SCHEDULE = `<?xml version="1.0" encoding="utf-8"?>
<schedule>
  <version>2025-09-30</version>
  <conference><acronym>ja25</acronym><title>Journées annuelles</title><time_zone_name>Europe/Paris</time_zone_name><track name="Jumeaux numériques" color="#1f77b4"/></conference>
  <day index="1" date="2025-10-13" start="2025-10-13T07:00:00+02:00" end="2025-10-13T22:00:00+02:00">
    <room name="Salle Pasteur">
      <event guid="5d1f2c36-0d7e-4c38-9a43-6f1f3b2b7a02" id="102">
        <date>2025-10-13T16:00:00+02:00</date><start>16:00</start><duration>01:30</duration><room>Salle Pasteur</room>
        <title>Atelier FHIR pour les entrepôts de santé</title><type>Workshop</type><language>en</language>
        <abstract>Hands-on.</abstract><persons><person id="8">Grace Hopper</person></persons>
      </event>
    </room>
    <room name="Amphithéâtre B">
      <event guid="5d1f2c36-0d7e-4c38-9a43-6f1f3b2b7a01" id="101">
        <date>2025-10-13T16:00:00+02:00</date><start>16:00</start><duration>00:45</duration><room>Amphithéâtre B</room>
        <title>Jumeaux numériques du cœur</title><type>Talk</type><track>Jumeaux numériques</track><language>fr</language>
        <abstract>Un modèle du cœur par patient.</abstract><persons><person id="7">Ada Lovelace</person></persons>
      </event>
    </room>
  </day>
</schedule>
`;

async function scheduleFile(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'regie-e2e-programme-')), 'schedule.xml');
  await writeFile(path, text);
  return path;
}

test('a programme imported through the dialog shows its sessions in the timetable, in one undoable step', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en', dialogs: { open: [await scheduleFile(SCHEDULE)] } });
  const timetable = new TimetablePage(page);
  await timetable.open();
  await timetable.showDay(/13 Oct/);
  await expect(timetable.column('Salle Pasteur')).toHaveCount(0);

  await page.getByRole('button', { name: 'Import a programme…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import the programme schedule.xml' });
  await expect(dialog.getByText('In the programme — sessions: 2, rooms: 2, themes: 1, speakers: 2, days: 1.')).toBeVisible();
  await expect(dialog.getByText('2 sessions added:')).toBeVisible();
  await expect(dialog.getByRole('group').filter({ hasText: '1 new room at an assumed capacity (check it):' })).toContainText('“Salle Pasteur”');
  // The dialog over the timetable, as the accessibility check looks at the other dialogs.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).include('[role="dialog"]').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await dialog.getByRole('button', { name: 'Apply the programme' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(timetable.column('Salle Pasteur')).toHaveCount(1);
  await expect(timetable.column('Salle Pasteur').getByRole('button', { name: /^Atelier FHIR pour les entrepôts de santé, Workshop, 16:00–17:30/ })).toBeVisible();
  // Back to the first columns, where the sample's Amphithéâtre B is.
  await page.locator('.tt-scroller').evaluate((grid) => grid.scrollTo({ left: 0 }));
  await expect(timetable.column('Amphithéâtre B').getByRole('button', { name: /^Jumeaux numériques du cœur, Talk, 16:00–16:45/ })).toBeVisible();

  await timetable.undoButton().click();
  await expect(timetable.column('Salle Pasteur')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Jumeaux numériques du cœur/ })).toHaveCount(0);
});

test('a schedule declaring entities is refused with its line, and the timetable stays as it was', async ({ openRegie }) => {
  const hostile = '<?xml version="1.0"?>\n<!DOCTYPE schedule [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<schedule><conference><title>&x;</title></conference></schedule>\n';
  const { page } = await openRegie({ language: 'en', dialogs: { open: [await scheduleFile(hostile)] } });
  const timetable = new TimetablePage(page);
  await timetable.open();
  const summary = page.locator('.tt-summary');
  const before = await summary.textContent();

  await page.getByRole('button', { name: 'Import a programme…' }).click();
  await expect(page.getByRole('alert')).toContainText('schedule.xml, line 2: this programme declares XML entities (<!DOCTYPE> or <!ENTITY>), which no programme tool writes');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(summary).toHaveText(before!);
  await expect(timetable.undoButton()).toBeDisabled();
});
