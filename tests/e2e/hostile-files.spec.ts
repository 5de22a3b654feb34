/** Files from elsewhere, in the window: a reading that lasts can be cancelled; a header far down can be chosen; refusals are sentences. */
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { mkdtemp, open, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeProjectFile } from '../../main/services/project-files.ts';
import { serializeProject } from '../../shared/model/document.ts';
import { sampleProject } from '../../shared/sample/index.ts';
import { test, expect } from './harness.ts';

const folder = () => mkdtemp(join(tmpdir(), 'regie-e2e-hostile-'));

test('a project that never finishes arriving: progress after a second, Cancel stops it, the open project stays', async ({ openRegie }) => {
  const dir = await folder();
  // A named pipe nobody writes to: like a file on a share that never answers.
  const stuck = join(dir, 'partage.regie');
  await promisify(execFile)('mkfifo', [stuck]);
  const { page } = await openRegie({ language: 'fr', dialogs: { open: [stuck] } });
  const title = await page.locator('#event-name').textContent();
  await page.getByRole('button', { name: 'Ouvrir', exact: true }).click();
  const reading = page.locator('.reading-progress');
  await expect(reading).toContainText('Lecture de partage.regie…');
  await reading.getByRole('button', { name: 'Annuler la lecture' }).click();
  await expect(reading).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'lecture annulée : rien n’a été changé.' })).toBeVisible();
  await expect(page.locator('#event-name')).toHaveText(title!);
  // Ends the read the worker left waiting on the pipe.
  const writer = await open(stuck, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => null);
  await writer?.close();
});

test('a project with a parent loop opens, with a notice naming the sessions', async ({ openRegie }) => {
  const dir = await folder();
  const project = sampleProject();
  const child = project.sessions.find((s) => s.parentId !== null)!;
  const parent = project.sessions.find((s) => s.id === child.parentId)!;
  parent.parentId = child.id;
  const file = join(dir, 'boucle.regie');
  await writeFile(file, serializeProject(project));
  const { page } = await openRegie({ language: 'en', dialogs: { open: [file] } });
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const notices = page.getByRole('region', { name: 'Please read' });
  await expect(notices).toContainText(`these sessions are each other’s parents in a loop (${parent.title} → ${child.title} → ${parent.title})`);
  await expect(page.getByRole('status').filter({ hasText: '“boucle.regie” opened.' })).toBeVisible();
});

test('a list whose header is on row 40: found there; and when a wider note wins the guess, the organiser types the row', async ({ openRegie }) => {
  const dir = await folder();
  const notes = Array.from({ length: 38 }, (_, i) => `Note ${i + 1};;;`);
  notes[5] = 'Export;du;registre;complet;avec;des;colonnes;vides';
  const known = join(dir, 'registre.csv');
  await writeFile(known, [...notes, ';;;', 'Surname;Given name;Mail;Lab', 'Durand;Alice;alice.durand@example.org;CHU'].join('\n'));
  // Headers Régie does not know: the widest line (the note on row 6) is taken for the header.
  const unknown = join(dir, 'registre-maison.csv');
  await writeFile(unknown, [...notes, ';;;', 'Qui;Mail;Labo', 'Durand;alice.durand@example.org;CHU'].join('\n'));
  const projectFile = join(dir, 'event.regie');
  await writeProjectFile(projectFile, sampleProject());
  const { page } = await openRegie({ language: 'en', projectFile, dialogs: { open: [known, unknown] } });
  await page.getByRole('tab', { name: 'Participants' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import the registration list' });

  await page.getByRole('tabpanel').getByRole('button', { name: 'Import the list…' }).click();
  await expect(dialog.getByLabel('Header row (1 to 41):')).toHaveValue('40');
  await expect(dialog.getByLabel('In Régie: Mail')).toHaveValue('email');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('tabpanel').getByRole('button', { name: 'Import the list…' }).click();
  const headerRow = dialog.getByLabel('Header row (1 to 41):');
  await expect(headerRow).toHaveValue('6');
  await headerRow.fill('40');
  await expect(dialog.getByLabel('In Régie: Mail')).toHaveValue('email');
  await dialog.getByLabel('In Régie: Qui').selectOption({ label: 'Last name' });
  await expect(dialog.locator('.pt-report__summary')).toContainText('Rows read: 1 — added: 1');
  await expect(dialog.getByRole('button', { name: 'Import 1 valid person' })).toBeEnabled();
});

test('a list with a row of ten million columns is refused in the window with a sentence naming the file and the row', async ({ openRegie }) => {
  const dir = await folder();
  const wide = join(dir, 'large.csv');
  await writeFile(wide, 'a;'.repeat(10_000_000));
  const { page } = await openRegie({ language: 'fr', dialogs: { open: [wide] } });
  await page.getByRole('tab', { name: 'Participants' }).click();
  await page.getByRole('tabpanel').getByRole('button', { name: 'Importer la liste…' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /large\.csv, ligne 1 : la ligne 1 a 10000001 colonnes, au-delà des 1000 qu’une liste d’inscrits peut avoir : le fichier n’est pas lu\./,
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
