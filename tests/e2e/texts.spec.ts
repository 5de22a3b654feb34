/** Texts follow the language: a message already on screen and the days are said again after a switch. */
import { test, expect } from './harness.ts';

test('switching the language re-words the message already shown and writes the days as people do', async ({ openRegie }) => {
  const { page } = await openRegie();
  const message = page.locator('.message');
  await expect(message).toContainText('Exemple ouvert : enregistrez-le sous un nouveau nom');
  await expect(page.locator('.summary__days time')).toHaveText(['lundi 13 octobre', 'mardi 14 octobre', 'mercredi 15 octobre']);

  await page.getByLabel('Langue').selectOption('en');

  await expect(message).toContainText('Sample opened: save it under a new name to keep your changes.');
  await expect(message).not.toContainText('Exemple ouvert');
  await expect(page.locator('.summary__days time')).toHaveText(['Monday 13 October', 'Tuesday 14 October', 'Wednesday 15 October']);
  await expect(page.getByRole('tab', { name: /^14 Oct/ })).toBeVisible();
});

test('a refusal shown in a form is said again in the new language', async ({ openRegie }) => {
  const { page } = await openRegie();
  await page.getByRole('button', { name: 'Nouvelle session', exact: true }).click();
  const form = page.locator('form.ed-form');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  const refusal = form.getByRole('alert').filter({ hasText: 'Rien n’a été enregistré' });
  await expect(refusal).toBeVisible();

  await page.getByLabel('Langue').selectOption('en');

  await expect(form.getByRole('alert').filter({ hasText: 'Nothing was saved: correct the fields marked.' })).toBeVisible();
  await expect(refusal).toHaveCount(0);
  await expect(form.getByRole('alert').filter({ hasText: 'The title is empty' })).toBeVisible();
});
