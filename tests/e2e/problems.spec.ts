/** The Problems panel with a real drag: a session dropped on an occupied room shows up as a problem; a click selects its card. */
import { expect, test } from './harness.ts';
import { ProblemsPage } from './pages/problems.ts';
import { TimetablePage } from './pages/timetable.ts';

const KEYNOTE = /^Keynote transverse — Reproductibilité/;
const POSTERS = 'Session posters (35 posters des projets ciblés)';

/** Drops the keynote on the poster session's room and hour, checking the preview names that slot before the release. */
async function keynoteOverPosters(timetable: TimetablePage): Promise<void> {
  await timetable.open();
  await timetable.showDay(/^14 Oct/);
  await timetable.drag(timetable.cardNamed(KEYNOTE), timetable.slot('Grand hall, 14 Oct, 13:00'), {
    centreTarget: true,
    during: () => expect(timetable.preview()).toContainText('Grand hall, 13:00–13:45'),
  });
}

test('a session dragged onto an occupied room is listed in Problems; clicking the problem selects its card', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  const problems = new ProblemsPage(page);
  const timetable = new TimetablePage(page);

  // The sample has no problem to begin with.
  await problems.open();
  await expect(page.getByText('No problems: the programme follows every active rule.')).toBeVisible();

  await keynoteOverPosters(timetable);
  await expect(timetable.cardNamed(KEYNOTE)).toHaveAccessibleName(/13:00–13:45/);

  await problems.open();
  const group = problems.ruleGroup(/Room double-booked/);
  await expect(group).toBeVisible();
  const problem = group.getByRole('button', { name: /Reproductibilité/ });
  await expect(problem).toContainText(`“${POSTERS}”`);
  await expect(problem).toContainText('are both in Grand hall on Tuesday 14 October');
  await expect(problems.counts()).toContainText(/[1-9]\d* error/);

  await problem.click();
  await expect(timetable.viewTab()).toHaveAttribute('aria-selected', 'true');
  await expect(timetable.dayTab(/^14 Oct/)).toHaveAttribute('aria-selected', 'true');
  const card = timetable.cardNamed(KEYNOTE);
  await expect(card).toBeInViewport();
  await expect(card).toHaveAttribute('data-selected', 'true');
});

test('a warning can be accepted with a note, and the rule settings change what is listed', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  const problems = new ProblemsPage(page);

  // A double booking the organisers know about: lowered to a warning for this project, so it can be accepted.
  await problems.open();
  await problems.severity('Room double-booked').selectOption('warning');
  await keynoteOverPosters(new TimetablePage(page));
  await problems.open();

  const group = problems.ruleGroup(/Room double-booked/);
  await expect(group.getByRole('heading')).toHaveAccessibleName('Warning Room double-booked 1');
  await problems.accept(/Room double-booked/, 'Posters moved to the foyer that hour');
  await expect(group.getByText('Accepted: Posters moved to the foyer that hour')).toBeVisible();

  // Undo takes the acceptance back, like any edit.
  await page.keyboard.press('Control+z');
  await expect(group.getByText('Accepted: Posters moved to the foyer that hour')).toHaveCount(0);

  await problems.ruleSwitch('Room double-booked').uncheck();
  await expect(problems.ruleGroup(/Room double-booked/)).toHaveCount(0);
});
