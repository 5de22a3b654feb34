/**
 * The import dialog checks the list in a worker: while it works the window answers, a long check can be stopped,
 * and the report only ever shows the newest mapping's figures. The worker is kept busy from the test (a loop run
 * inside it), so "long" does not depend on how fast the machine is.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { test, expect, type RegieOptions, type RegieWindow } from './harness.ts';
import { ParticipantsPage } from './pages/participants.ts';

/** "Adresse de contact" is not guessed as the e-mail: the first check finds nothing to import. */
const LIST = [
  'Nom;Prénom;Adresse de contact;Établissement',
  'Zéphyrin;Aurélie;aurelie.zephyrin@univ-lille.fr;Université de Lille',
  'Quintard;Basile;basile.quintard@inria.fr;Inria',
].join('\r\n');

/** Opens the import dialog on `list` (a CSV's text), once its report shows `summary`. */
async function openDialog(openRegie: (options: RegieOptions) => Promise<RegieWindow>, list = LIST, summary = 'Lignes lues : 0') {
  const folder = await mkdtemp(join(tmpdir(), 'regie-e2e-import-check-'));
  const csv = join(folder, 'inscrits.csv');
  await writeFile(csv, list);
  const { page } = await openRegie({ language: 'fr', dialogs: { open: [csv] } });
  const participants = new ParticipantsPage(page);
  await participants.open();
  const before = await participants.total();
  await participants.panel().getByRole('button', { name: 'Importer la liste…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importer la liste des inscrits' });
  await expect(dialog.locator('.pt-report__summary')).toContainText(summary);
  return { page, participants, before, dialog };
}

/** The dialog's checking worker, once it has started. */
async function checkingWorker(page: Page): Promise<Worker> {
  await expect.poll(() => page.workers().some((w) => w.url().includes('import-check'))).toBe(true);
  return page.workers().find((w) => w.url().includes('import-check'))!;
}

/**
 * Keeps the worker's thread busy for up to `ms` (ended sooner if the worker is stopped): checks queue up behind.
 * Returns once the worker is busy, which it says on a broadcast channel before its loop: a check asked for before
 * that could run first (on a busy machine the test's message reaches the worker late).
 */
async function keepBusy(page: Page, worker: Worker, ms: number): Promise<void> {
  await page.evaluate(() => {
    const channel = new BroadcastChannel('regie-e2e-busy');
    (window as unknown as { workerBusy: Promise<void> }).workerBusy = new Promise((resolve) => {
      channel.onmessage = () => {
        channel.close();
        resolve();
      };
    });
  });
  void worker
    .evaluate((until) => {
      new BroadcastChannel('regie-e2e-busy').postMessage('busy');
      const end = Date.now() + until;
      while (Date.now() < end);
    }, ms)
    .catch(() => undefined);
  await page.evaluate(() => (window as unknown as { workerBusy: Promise<void> }).workerBusy);
}

test('a long check shows its step and can be stopped; stopped, nothing old shows and nothing imports; checked again, it imports', async ({ openRegie }) => {
  const { page, participants, before, dialog } = await openDialog(openRegie);
  const importButton = dialog.getByRole('button', { name: /^Importer \d+ personnes? valides?$/ });
  await keepBusy(page, await checkingWorker(page), 60_000);

  await dialog.getByLabel('Dans Régie : Adresse de contact').selectOption({ label: 'Courriel' });
  // After a second: the step, and a way to stop. The window still answers meanwhile (the checkbox below ticks).
  const stop = dialog.getByRole('button', { name: 'Arrêter la vérification' });
  await expect(stop).toBeVisible();
  await expect(dialog.locator('.pt-check')).toContainText('Étape 1 sur 2 : lecture des lignes');
  await dialog.getByLabel('Afficher aussi les lignes ignorées et les changements').check();
  await expect(dialog.getByLabel('Afficher aussi les lignes ignorées et les changements')).toBeChecked();
  // The previous mapping's figures are gone, and its Import cannot be clicked.
  await expect(dialog.locator('.pt-report__summary')).toHaveCount(0);
  await expect(importButton).toBeDisabled();

  await stop.click();
  await expect(dialog.getByRole('alert')).toContainText('Vérification arrêtée : le rapport reste vide et rien n’est importé');
  await expect(dialog.locator('.pt-report__summary')).toHaveCount(0);
  await expect(importButton).toBeDisabled();

  await dialog.getByRole('button', { name: 'Vérifier à nouveau' }).click();
  await expect(dialog.locator('.pt-report__summary')).toContainText('Lignes lues : 2 — ajoutées : 2');
  await dialog.getByRole('button', { name: 'Importer 2 personnes valides' }).click();
  await expect(dialog).toBeHidden();
  await expect(participants.count()).toHaveText(`${before + 2} sur ${before + 2} participants`);
});

test('changes made while a check runs: only the newest mapping’s figures ever show', async ({ openRegie }) => {
  const { page, dialog } = await openDialog(openRegie);
  // Every text the summary line takes from now on.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { summariesSeen: string[] }).summariesSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.pt-report__summary')?.textContent;
      if (text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await keepBusy(page, await checkingWorker(page), 5_000);

  // First the e-mail column alone (no one removed), then also removing the people missing from the list.
  await dialog.getByLabel('Dans Régie : Adresse de contact').selectOption({ label: 'Courriel' });
  await dialog.getByLabel(/^Retirer du projet les personnes absentes/).check();
  await expect(dialog.locator('.pt-report__summary')).toContainText(/Lignes lues : 2 — ajoutées : 2.*\(retirées : [1-9]\d*\)/);

  const seen = await page.evaluate(() => (window as unknown as { summariesSeen: string[] }).summariesSeen);
  expect(seen.filter((text) => text.includes('Lignes lues : 2') && text.includes('(retirées : 0)'))).toEqual([]);
  expect(seen.at(-1)).toMatch(/\(retirées : [1-9]\d*\)/);
});

test('a long list: every bad row is listed, every column has its menu, and Import brings in every valid person', async ({ openRegie }) => {
  // 620 people (more than one part of the hand-over) and 130 bad e-mails (more than a step of the report's lines).
  const valid = Array.from({ length: 620 }, (_, i) => `Nom${i};Prénom${i};personne${i}@univ-lille.fr;Université de Lille;doctorant;fr`);
  const bad = Array.from({ length: 130 }, (_, i) => `Faux${i};Prénom${i};faux${i}@inria;Inria;doctorant;fr`);
  const list = ['Nom;Prénom;Courriel;Établissement;Rôle;Langue', ...valid, ...bad].join('\r\n');
  const { page, participants, before, dialog } = await openDialog(openRegie, list, 'Lignes lues : 750 — ajoutées : 620');

  await expect(dialog.locator('.pt-mapping select')).toHaveCount(6);
  await expect(dialog.getByLabel('Dans Régie : Langue')).toBeVisible();
  const errors = dialog.locator('.pt-note--error');
  await expect(errors).toHaveCount(130);
  await expect(errors.last()).toContainText('ligne 751');

  await dialog.getByRole('button', { name: 'Importer 620 personnes valides' }).click();
  await expect(dialog).toBeHidden();
  await expect(participants.count()).toHaveText(`${before + 620} sur ${before + 620} participants`);
});
