/** Participants: import the registration list through the dialog, fix a column, read the report, find a person. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { writeProjectFile } from '../../main/services/project-files.ts';
import { generateEvent, LARGE_EVENT } from '../../shared/sample/generate.ts';
import { test, expect } from './harness.ts';
import { ParticipantsPage } from './pages/participants.ts';

/** French Excel's CSV: a title line, a blank line, "Adresse de contact" that no guess maps, a bad e-mail, a total line. */
const LIST = [
  'Inscriptions aux Journées annuelles;;;;;',
  ';;;;;',
  'Nom;Prénom;Adresse de contact;Établissement;Soirée;Visite guidée',
  'Zéphyrin;Aurélie;aurelie.zephyrin@univ-lille.fr;Université de Lille;oui;x',
  'Quintard;Basile;basile.quintard@inria;Inria;non;oui',
  'Ozanne;Capucine;capucine.ozanne@inserm.fr;Inserm;Oui;',
  'Total;;;;2;2',
].join('\r\n');

test('import a list through the dialog, fix a column, read the report, import the valid rows, find a person', async ({ openRegie }) => {
  const folder = await mkdtemp(join(tmpdir(), 'regie-e2e-participants-'));
  const csv = join(folder, 'inscrits.csv');
  await writeFile(csv, iconv.encode(LIST, 'win1252'));
  const reportPath = join(folder, 'rapport.csv');
  const { page, dialogs } = await openRegie({ language: 'fr', dialogs: { open: [csv], save: [reportPath] } });

  const participants = new ParticipantsPage(page);
  await participants.open();
  const panel = participants.panel();
  const before = await participants.total();
  await panel.getByRole('button', { name: 'Importer la liste…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Importer la liste des inscrits' });
  await expect(dialog).toContainText('inscrits.csv');
  await expect(dialog).toContainText('Windows-1252');
  await expect(dialog.getByLabel(/^Ligne des en-têtes/)).toHaveValue('3');
  // "Adresse de contact" is not guessed: without an e-mail column nothing can be imported.
  await expect(dialog.getByRole('status').first()).toContainText('Lignes lues : 0');
  await expect(dialog.getByText(/aucune colonne n’est associée au courriel/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Importer \d+ personnes? valides?$/ })).toBeDisabled();

  await dialog.getByLabel('Dans Régie : Adresse de contact').selectOption({ label: 'Courriel' });
  await expect(dialog.locator('.pt-report__summary')).toContainText('Lignes lues : 3 — ajoutées : 2');
  await expect(dialog.locator('.pt-note--error')).toHaveText(/ligne 5.*colonne « Adresse de contact ».*« basile\.quintard@inria » n’est pas une adresse de courriel/);
  await dialog.getByLabel('Afficher aussi les lignes ignorées et les changements').check();
  await expect(dialog.getByText('ligne de total (« Total ») ignorée.')).toBeVisible();

  await dialog.getByRole('button', { name: 'Enregistrer le rapport…' }).click();
  await expect(dialog.getByText('Rapport enregistré : rapport.csv')).toBeVisible();
  expect(await readFile(reportPath, 'utf8')).toContain('basile.quintard@inria');

  await dialog.getByRole('button', { name: 'Importer 2 personnes valides' }).click();
  await expect(dialog).toBeHidden();
  await expect(participants.count()).toHaveText(`${before + 2} sur ${before + 2} participants`);

  await participants.search().fill('zephyrin');
  await expect(participants.count()).toHaveText(`1 sur ${before + 2} participants`);
  await expect(participants.row(1)).toContainText('aurelie.zephyrin@univ-lille.fr');
  await expect(participants.row(1)).toContainText('Université de Lille');

  // The mapping was saved with the import: the same file next time needs no fixing, and nobody is added twice.
  dialogs.open.push(csv);
  await panel.getByRole('button', { name: 'Importer la liste…' }).click();
  await expect(dialog.getByText('Association enregistrée « Liste des inscrits » reprise.')).toBeVisible();
  await expect(dialog.getByLabel('Dans Régie : Adresse de contact')).toHaveValue('email');
  await expect(dialog.locator('.pt-report__summary')).toContainText('Lignes lues : 3 — ajoutées : 0, mises à jour : 0, inchangées : 2');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();

});

test('an inline edit is one undo step', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  const participants = new ParticipantsPage(page);
  await participants.open();
  const firstRow = participants.row(1);
  const affiliation = firstRow.getByRole('button', { name: /^Edit Affiliation of / });
  const original = (await affiliation.textContent())!;
  await affiliation.click();
  await firstRow.getByRole('textbox').fill('Institut Pasteur de Lille');
  await firstRow.getByRole('textbox').press('Enter');
  await expect(firstRow.getByRole('button', { name: /^Edit Affiliation of / })).toHaveText('Institut Pasteur de Lille');
  await page.keyboard.press('Control+z');
  await expect(firstRow.getByRole('button', { name: /^Edit Affiliation of / })).toHaveText(original);
});

test('other languages and the step-free route are edited in the list, read as names, and refused when unknown', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  const participants = new ParticipantsPage(page);
  await participants.open();
  const firstRow = participants.row(1);
  await firstRow.getByRole('button', { name: /^Edit Other languages of / }).click();
  await firstRow.getByRole('textbox').fill('anglais, de');
  await firstRow.getByRole('textbox').press('Enter');
  await expect(firstRow.getByRole('button', { name: /^Edit Other languages of / })).toHaveText('English, German');

  await firstRow.getByRole('button', { name: /^Edit Other languages of / }).click();
  await firstRow.getByRole('textbox').fill('en, klingon');
  await firstRow.getByRole('textbox').press('Enter');
  await expect(page.getByRole('alert')).toContainText('Unknown language “klingon”');
  // Refused: the field stays open with what was typed, and the list still holds the earlier languages.
  await expect(firstRow.getByRole('textbox')).toHaveValue('en, klingon');
  await firstRow.getByRole('textbox').press('Escape');
  await expect(firstRow.getByRole('button', { name: /^Edit Other languages of / })).toHaveText('English, German');

  const stepFree = firstRow.getByRole('button', { name: /^Edit Step-free of / });
  const before = (await stepFree.textContent())!;
  await stepFree.click();
  await firstRow.getByRole('combobox', { name: /^Edit Step-free of / }).selectOption(before === 'Yes' ? 'no' : 'yes');
  await expect(firstRow.getByRole('button', { name: /^Edit Step-free of / })).toHaveText(before === 'Yes' ? 'No' : 'Yes');
  await page.keyboard.press('Control+z');
  await expect(firstRow.getByRole('button', { name: /^Edit Step-free of / })).toHaveText(before);
});

// How fast this is measured by the benchmarks (npm run bench), not here: a busy machine must not fail a test.
test('10,000 participants: the list opens, searches, filters and scrolls, drawing only the rows on screen', async ({ openRegie }) => {
  const folder = await mkdtemp(join(tmpdir(), 'regie-e2e-participants-'));
  const projectFile = join(folder, 'large.regie');
  await writeProjectFile(projectFile, generateEvent(LARGE_EVENT));
  const { page } = await openRegie({ language: 'en', projectFile });
  const participants = new ParticipantsPage(page);
  await participants.open();
  const panel = participants.panel();
  await expect(participants.count()).toHaveText('10000 of 10000 participants');
  // Only the rows on screen are drawn.
  expect(await participants.rows().count()).toBeLessThan(60);

  const target = (await participants.row(1).getByRole('button', { name: /^Edit E-mail of / }).textContent())!;
  await participants.search().fill(target);
  await expect(participants.count()).toHaveText('1 of 10000 participants');
  await participants.search().fill('');
  await panel.getByLabel('Diet', { exact: true }).selectOption('vegan');
  await expect(participants.count()).toHaveText(/^\d+ of 10000 participants$/);
  await participants.scroller().evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(participants.rows().last()).toBeVisible();
});
