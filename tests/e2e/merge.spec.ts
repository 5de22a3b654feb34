/** Merging a colleague's copy: the review of what it brings, a conflict decided, one undo; a copy of another event refused. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { produce } from 'immer';
import { createSnapshotStore } from '../../main/services/history/index.ts';
import type { Project } from '../../shared/model/schema.ts';
import { sampleProject } from '../../shared/sample/index.ts';
import { test, expect } from './harness.ts';
import { MergeReviewPage } from './pages/merge-review.ts';
import { TimetablePage } from './pages/timetable.ts';

const KEYNOTE = /^Keynote transverse/;
const SASN = 'session-sasn';

const revision = (project: Project, projectId: string, id: string, ancestors: string[]): Project =>
  produce(project, (draft) => {
    draft.history = { projectId, revision: id, ancestors };
  });
const moveKeynote = (project: Project, slot: Project['sessions'][number]['slot']): Project =>
  produce(project, (draft) => {
    draft.sessions.find((s) => s.id === 'session-keynote-maumet')!.slot = slot;
  });

let folder: string;
/** The data folder the app starts with: it already holds the snapshot of the version both copies come from. */
let dataFolder: string;
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'regie-merge-'));
  dataFolder = join(folder, 'data');
});
test.afterEach(() => rm(folder, { recursive: true, force: true }));

/** Both copies come from one saved version; I moved the keynote to 12:15, they moved it to Amphithéâtre B 11:00 and renamed the SASN session. */
async function twoCopies(): Promise<{ mine: string; theirs: string }> {
  const base = revision(sampleProject(), 'pepr-2025-e2e', 'rev-base', []);
  await createSnapshotStore(dataFolder).record(base);
  const mine = revision(moveKeynote(base, { roomId: 'room-grand-amphi', day: '2025-10-14', start: '12:15' }), 'pepr-2025-e2e', 'rev-mine', ['rev-base']);
  const theirs = revision(
    produce(moveKeynote(base, { roomId: 'room-amphi-b', day: '2025-10-14', start: '11:00' }), (draft) => {
      draft.sessions.find((s) => s.id === SASN)!.title = 'SASN : bilan 2025';
    }),
    'pepr-2025-e2e',
    'rev-theirs',
    ['rev-base'],
  );
  const paths = { mine: join(folder, 'mine.regie'), theirs: join(folder, 'theirs.regie') };
  await writeFile(paths.mine, JSON.stringify(mine));
  await writeFile(paths.theirs, JSON.stringify(theirs));
  return paths;
}

test('merging a copy with one conflict: theirs chosen, the plan shows it, one undo brings mine back', async ({ openRegie }) => {
  const { mine, theirs } = await twoCopies();
  const { page } = await openRegie({ language: 'en', userData: dataFolder, projectFile: mine, dialogs: { open: [theirs] } });
  const timetable = new TimetablePage(page);
  const review = new MergeReviewPage(page);
  await timetable.showDay(/^14 Oct/);
  await expect(timetable.column('Grand amphithéâtre').getByRole('button', { name: KEYNOTE })).toHaveAccessibleName(/12:15–13:00/);
  // The toolbar's count of errors: the rules check the merged plan like any other.
  const errors = page.locator('.problem-counts');
  await expect(errors).toHaveAttribute('data-errors', '0');

  await review.command().click();
  await expect(review.dialog()).toContainText('Compared with the last version both copies share');
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).include('.merge-review').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), 'axe on the review').toEqual([]);
  await expect(review.area('Sessions').getByRole('listitem')).toHaveCount(1);
  await expect(review.area('Sessions')).toContainText('SASN : bilan 2025');
  await expect(review.dialog().getByRole('row', { name: /›/ })).toHaveCount(1);
  const place = /^Sessions › Keynote transverse.* › room and time/;
  await expect(review.conflict(place)).toContainText('Grand amphithéâtre, Tuesday 14 October at 12:15');
  await expect(review.conflict(place)).toContainText('Amphithéâtre B, Tuesday 14 October at 11:00');
  await review.takeTheirs(place).check();
  await review.apply().click();
  await expect(review.dialog()).toHaveCount(0);

  await expect(timetable.column('Amphithéâtre B').getByRole('button', { name: KEYNOTE })).toHaveAccessibleName(/11:00–11:45/);
  await timetable.reveal('SASN : bilan', SASN);
  await expect(timetable.card(SASN)).toHaveAccessibleName(/SASN : bilan 2025/);
  await expect(page.locator('.message--info')).toContainText('“theirs.regie” merged: 1 change taken from their copy. 1 choice taken from their copy.');
  await expect(page).toHaveTitle('Régie — mine.regie •');
  // In Amphithéâtre B, too small, during the thematic session and the break: three errors the review did not hide.
  await expect(errors).toHaveAttribute('data-errors', '3');

  await timetable.undoButton().click();
  await expect(timetable.column('Grand amphithéâtre').getByRole('button', { name: KEYNOTE })).toHaveAccessibleName(/12:15–13:00/);
  await timetable.reveal('Stratégie d’Accélération', SASN);
  await expect(timetable.card(SASN)).toHaveAccessibleName(/^Stratégie d’Accélération Santé Numérique/);
  await expect(timetable.column('Amphithéâtre B').getByRole('button', { name: KEYNOTE })).toHaveCount(0);
  await expect(errors).toHaveAttribute('data-errors', '0');
  await expect(page).toHaveTitle('Régie — mine.regie');
});

test('after a merge is saved, the file descends from both copies, and merging theirs again brings nothing new', async ({ openRegie }) => {
  const { mine, theirs } = await twoCopies();
  const { page } = await openRegie({ language: 'en', userData: dataFolder, projectFile: mine, dialogs: { open: [theirs, theirs] } });
  const review = new MergeReviewPage(page);
  await review.command().click();
  await review.apply().click();
  await expect(review.dialog()).toHaveCount(0);
  await expect(page).toHaveTitle('Régie — mine.regie •');
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('Régie — mine.regie');
  const saved = JSON.parse(await readFile(mine, 'utf8')) as Project;
  expect(saved.history.ancestors.slice(1, 3)).toEqual(['rev-mine', 'rev-theirs']);

  await review.command().click();
  await expect(review.dialog().getByRole('status')).toHaveText('Their copy brings nothing new: the plans are the same, or their changes are already in yours.');
  await expect(review.dialog().getByRole('row', { name: /›/ })).toHaveCount(0);
});

test('a copy of another event is refused, the plan untouched; going on anyway shows every difference as a choice', async ({ openRegie }) => {
  const { mine } = await twoCopies();
  const other = join(folder, 'jdev.regie');
  const jdev = produce(revision(moveKeynote(sampleProject(), null), 'jdev-2025', 'rev-jdev', []), (draft) => {
    draft.event.name = 'JDEV 2025';
  });
  await writeFile(other, JSON.stringify(jdev));
  const { page, dialogs } = await openRegie({ language: 'en', projectFile: mine });
  const timetable = new TimetablePage(page);
  const review = new MergeReviewPage(page);
  await timetable.showDay(/^14 Oct/);

  // The keyboard path of the command.
  dialogs.open.push(other);
  await page.keyboard.press('Control+Shift+M');
  await expect(review.otherEvent()).toContainText('“jdev.regie” is a copy of another event (“JDEV 2025”');
  await review.otherEvent().getByRole('button', { name: 'Cancel' }).click();
  await expect(review.otherEvent()).toHaveCount(0);
  await expect(timetable.column('Grand amphithéâtre').getByRole('button', { name: KEYNOTE })).toHaveAccessibleName(/12:15–13:00/);
  await expect(page).toHaveTitle('Régie — mine.regie');

  dialogs.open.push(other);
  await review.command().click();
  await review.otherEvent().getByRole('button', { name: 'Merge anyway' }).click();
  await expect(review.dialog()).toContainText('No version common to both copies was found');
  await expect(review.conflict(/^Event › name/)).toContainText('JDEV 2025');
  // The review has the keyboard: Escape closes it, nothing merged.
  await page.keyboard.press('Escape');
  await expect(review.dialog()).toHaveCount(0);
  await expect(page).toHaveTitle('Régie — mine.regie');
});

test('a copy that does not open is refused with its name, and the open plan stays as it was', async ({ openRegie }) => {
  const { mine } = await twoCopies();
  const broken = join(folder, 'broken.regie');
  await writeFile(broken, '{"format": "regie-project", "version": 2, "event": ');
  const { page } = await openRegie({ language: 'en', userData: dataFolder, projectFile: mine, dialogs: { open: [broken] } });
  const timetable = new TimetablePage(page);
  await new MergeReviewPage(page).command().click();
  await expect(page.getByRole('alert')).toContainText('broken.regie');
  await timetable.showDay(/^14 Oct/);
  await expect(timetable.column('Grand amphithéâtre').getByRole('button', { name: KEYNOTE })).toHaveAccessibleName(/12:15–13:00/);
  await expect(page).toHaveTitle('Régie — mine.regie');
});
