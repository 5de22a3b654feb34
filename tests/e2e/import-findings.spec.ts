/**
 * The toolbar's counts after an import: the plan's findings with the new people (checking meanwhile, never a figure
 * of neither plan), and those of before once it is undone.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { applyEdit } from '../../shared/edits/index.ts';
import { prepareImport, previewImport } from '../../shared/import/index.ts';
import { countBySeverity, findConflicts } from '../../shared/rules/index.ts';
import { sampleProject } from '../../shared/sample/index.ts';
import { expect, test } from './harness.ts';
import { ParticipantsPage } from './pages/participants.ts';

/** Sixty newcomers for the evening and the tour, none in a tour group yet. */
const ROWS = [
  ['Nom', 'Prénom', 'Courriel', 'Établissement', 'Soirée', 'Visite guidée'],
  ...Array.from({ length: 60 }, (_, i) => [`Arrivant${i}`, `Prénom${i}`, `arrivant${i}@example.org`, 'Inria', 'oui', 'oui']),
];

/** Every state the toolbar's badge takes from now on: "checking", or its errors and warnings. */
const WATCH_BADGE = `(() => {
  const states = (window.__badgeStates = []);
  const read = () => {
    const badge = document.querySelector('.problem-counts');
    const state = !badge ? 'none' : badge.dataset.checking ? 'checking' : badge.dataset.errors + '/' + badge.dataset.warnings;
    if (states.at(-1) !== state) states.push(state);
  };
  read();
  new MutationObserver(read).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})()`;

const figures = (project: ReturnType<typeof sampleProject>): string => {
  const counts = countBySeverity(findConflicts(project));
  return `${counts.error}/${counts.warning}`;
};

test('after an import the counts are the plan’s with the new people, checking meanwhile; undone, they are those of before', async ({ openRegie }) => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Inscriptions');
  for (const row of ROWS) sheet.addRow(row);
  const list = join(await mkdtemp(join(tmpdir(), 'regie-e2e-findings-')), 'inscriptions.xlsx');
  await book.xlsx.writeFile(list);
  const sample = sampleProject();
  const prepared = prepareImport(sample, ROWS);
  const plan = previewImport(sample, ROWS, prepared.headerIndex, prepared.targets);
  const before = figures(sample);
  const after = figures(applyEdit(sample, { type: 'participants/import', payload: { upserts: plan.upserts, removeIds: plan.removeIds } }));
  expect(after).not.toBe(before);

  const { page } = await openRegie({ language: 'fr', dialogs: { open: [list] } });
  const participants = new ParticipantsPage(page);
  await participants.open();
  const badge = page.locator('.problem-counts');
  await expect(badge).toHaveAttribute('data-errors', before.split('/')[0]!);
  await participants.panel().getByRole('button', { name: 'Importer la liste…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importer la liste des inscrits' });
  const importButton = dialog.getByRole('button', { name: 'Importer 60 personnes valides' });
  await expect(importButton).toBeEnabled();

  await page.evaluate(WATCH_BADGE);
  await importButton.click();
  await expect(badge).toHaveAttribute('data-warnings', after.split('/')[1]!);
  await expect(badge).toHaveAttribute('data-errors', after.split('/')[0]!);
  const states = (await page.evaluate('window.__badgeStates')) as string[];
  expect(states.filter((state) => state !== 'checking')).toEqual([before, after]);

  await page.keyboard.press('Control+z');
  await expect(badge).toHaveAttribute('data-warnings', before.split('/')[1]!);
  await expect(badge).toHaveAttribute('data-errors', before.split('/')[0]!);
});
