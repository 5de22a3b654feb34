/**
 * A messy registration list through the real dialog: doubtful values keep their people, marked "to check" and
 * filterable; the report ends with what the import changes in the plan; the tour's left-out people lead to Tours.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './harness.ts';
import { ParticipantsPage } from './pages/participants.ts';

const TOUR = 'Visite guidée du Palais de la Bourse';
const HEADER = ['Nom', 'Prénom', 'Courriel', 'Établissement', 'Téléphone', 'Code postal', 'Ville', 'Régime', 'Soirée', 'Visite guidée', 'Accompagné(e) de', 'Remarques'];

/** Twelve newcomers for the tour, one "peut-être", a name in a formula with no result, an unknown diet; one row without e-mail. */
async function messyList(folder: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Inscriptions');
  sheet.addRow(['Export de la plateforme d’inscription']);
  sheet.addRow(HEADER);
  for (let i = 1; i <= 12; i++) {
    const lastName: ExcelJS.CellValue = i === 2 ? { formula: `HYPERLINK("mailto:visiteur2@example.org","Visiteur2")` } : `Visiteur${i}`;
    const diet = i === 3 ? 'sans porc' : 'aucun';
    const evening = i === 1 ? 'peut-être' : 'oui';
    sheet.addRow([lastName, `Prénom${i}`, `visiteur${i}@example.org`, 'Université de Lille', '', '59000', 'Lille', diet, evening, 'oui', '', '']);
  }
  sheet.addRow(['Sanscourriel', 'Jeanne', '', 'Inserm', '', '', '', '', 'oui', 'oui', '', '']);
  const path = join(folder, 'inscriptions.xlsx');
  await book.xlsx.writeFile(path);
  return path;
}

test('a messy list keeps its people, marks what to check, and the report ends with the plan changes', async ({ openRegie }) => {
  const list = await messyList(await mkdtemp(join(tmpdir(), 'regie-e2e-keeps-')));
  const { page } = await openRegie({ language: 'fr', dialogs: { open: [list] } });

  const participants = new ParticipantsPage(page);
  await participants.open();
  const panel = participants.panel();
  const count = participants.count();
  const before = await participants.total();
  await panel.getByRole('button', { name: 'Importer la liste…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Importer la liste des inscrits' });
  await expect(dialog.locator('.pt-report__summary')).toContainText('Lignes lues : 13 — ajoutées : 12, mises à jour : 0, inchangées : 0, doublons fusionnés : 0, rejetées : 1');
  await expect(dialog.getByLabel('Dans Régie : Accompagné(e) de')).toHaveValue('companion');
  const warnings = dialog.locator('.pt-note--warning');
  await expect(warnings.filter({ hasText: 'ligne 3' }).filter({ hasText: 'colonne « Soirée »' })).toContainText('« peut-être » n’est ni oui ni non');
  await expect(warnings.filter({ hasText: 'ligne 4' }).filter({ hasText: 'colonne « Nom »' })).toContainText('=HYPERLINK("mailto:visiteur2@example.org","Visiteur2")');
  await expect(warnings.filter({ hasText: 'ligne 5' }).filter({ hasText: 'colonne « Régime »' })).toContainText('régime « sans porc » inconnu');
  await expect(dialog.locator('.pt-note--error')).toHaveText(/ligne 15.*colonne « Courriel ».*courriel manquant/);

  const changes = dialog.getByRole('region', { name: 'Ce que l’import change au programme' });
  await expect(changes).toContainText(`12 personnes inscrites à « ${TOUR} » ne sont dans aucun de ses groupes`);

  // The report is longer than the dialog: its buttons still stand in view, without scrolling.
  expect(await dialog.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
  const importButton = dialog.getByRole('button', { name: 'Importer 12 personnes valides' });
  await expect(importButton).toBeInViewport();
  await importButton.click();
  await expect(dialog).toBeHidden();
  await expect(count).toHaveText(`${before + 12} sur ${before + 12} participants`);

  const toCheck = panel.getByRole('checkbox', { name: /^Seulement les fiches à vérifier/ });
  await expect(toCheck).toHaveAccessibleName('Seulement les fiches à vérifier (3)');
  await toCheck.check();
  await expect(count).toHaveText(`3 sur ${before + 12} participants`);

  // A badge says what to check; clicking it marks the field checked (one undoable step).
  await panel.getByRole('button', { name: `Inscrit à : Soirée sociale au Palais de la Bourse de Prénom1 Visiteur1 à vérifier (venu de l’import) : marquer comme vérifié` }).click();
  await expect(count).toHaveText(`2 sur ${before + 12} participants`);
  await expect(toCheck).toHaveAccessibleName('Seulement les fiches à vérifier (2)');
  // Editing the field is checking it too.
  await expect(panel.getByRole('button', { name: /^Régime de Prénom3 Visiteur3 à vérifier/ })).toBeVisible();
  await panel.getByRole('button', { name: 'Modifier Régime de Prénom3 Visiteur3' }).click();
  await panel.getByRole('combobox', { name: 'Modifier Régime de Prénom3 Visiteur3' }).selectOption({ label: 'Sans gluten' });
  await expect(toCheck).toHaveAccessibleName('Seulement les fiches à vérifier (1)');
  await expect(count).toHaveText(`1 sur ${before + 12} participants`);
  await page.keyboard.press('Control+z');
  await expect(toCheck).toHaveAccessibleName('Seulement les fiches à vérifier (2)');

  await page.getByRole('tab', { name: 'Problèmes' }).click();
  const leftOut = page.getByRole('region', { name: /Inscrits à une visite sans groupe/ });
  await leftOut.getByRole('button', { name: new RegExp(`12 personnes inscrites à « ${TOUR} »`) }).click();
  await expect(page.getByRole('tab', { name: 'Visites' })).toHaveAttribute('aria-selected', 'true');
});
