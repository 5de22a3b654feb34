/**
 * The poster hall editor with real pointer drags: generate a layout, assign automatically, drag a poster onto a
 * taken face (the two swap), pin it, assign again (it stays), undo step by step, and export the plan as SVG and PNG.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { sampleProject } from '../../shared/sample/index.ts';
import { test, expect } from './harness.ts';
import { PosterHallPage } from './pages/poster-hall.ts';

/** The colours found in a PNG (8-bit RGB, no filter, as Régie writes it), as "#rrggbb". */
function coloursOf(png: Buffer): Set<string> {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const colours = new Set<string>();
  const stride = width * 3 + 1;
  for (let row = 0; row * stride < raw.length; row++) {
    for (let x = 0; x < width; x++) {
      const i = row * stride + 1 + x * 3;
      colours.add(`#${[raw[i]!, raw[i + 1]!, raw[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`);
    }
  }
  return colours;
}

test('lays out the hall, assigns, swaps and pins by dragging, keeps the pin on re-assignment, undoes, exports the plan', async ({ openRegie }) => {
  const folder = await mkdtemp(join(tmpdir(), 'regie-e2e-posters-'));
  const { page, dialogs } = await openRegie({ language: 'en' });
  const hall = new PosterHallPage(page);
  await hall.open();
  const view = hall.view();
  const boardsOnPlan = hall.boardsOnPlan();
  await expect(boardsOnPlan).toHaveCount(20);

  // Generate: 2 rows of 10 double-sided boards for 40 faces; every poster goes back to the list.
  await view.getByLabel('Layout', { exact: true }).selectOption('rows');
  await view.getByLabel('Hall width (m)').fill('20');
  await view.getByLabel('Hall depth (m)').fill('14');
  await view.getByLabel('Faces needed').fill('40');
  await hall.button('Generate').click();
  await expect(boardsOnPlan).toHaveCount(20);
  const unassigned = hall.unassigned();
  await expect(unassigned).toHaveCount(35);
  const faceRows = hall.faceRows();
  await expect(faceRows).toHaveCount(40);

  // Assign: every poster on a face, the highlighted ones on prime boards.
  await hall.button('Assign automatically').click();
  await expect(unassigned).toHaveCount(0);
  const taken = faceRows.filter({ has: page.locator('.poster-chip') });
  await expect(taken).toHaveCount(35);
  await expect(hall.quality()).toContainText('highlighted posters off prime spots: 0');

  // Drag the first poster onto the face of the fourth: they swap.
  const first = taken.nth(0);
  const tenth = taken.nth(3);
  const firstFace = (await first.getAttribute('data-face'))!;
  const tenthFace = (await tenth.getAttribute('data-face'))!;
  const moved = (await first.locator('.poster-chip').getAttribute('data-poster'))!;
  const other = (await tenth.locator('.poster-chip').getAttribute('data-poster'))!;
  await hall.drag(first.locator('.poster-chip__handle'), tenth);
  const row = hall.faceRow;
  await expect(row(tenthFace).locator('.poster-chip')).toHaveAttribute('data-poster', moved);
  await expect(row(firstFace).locator('.poster-chip')).toHaveAttribute('data-poster', other);

  // Pin it there; automatic assignment leaves it on that face.
  await row(tenthFace).getByRole('button', { name: 'Pin' }).click();
  await expect(row(tenthFace).getByRole('button', { name: 'Unpin' })).toHaveAttribute('aria-pressed', 'true');
  await hall.button('Assign automatically').click();
  await expect(row(tenthFace).locator('.poster-chip')).toHaveAttribute('data-poster', moved);
  await expect(row(firstFace).locator('.poster-chip')).not.toHaveAttribute('data-poster', other);

  // Undo: the re-assignment, then the pin, then the swap.
  await hall.undoButton().click();
  await expect(row(firstFace).locator('.poster-chip')).toHaveAttribute('data-poster', other);
  await hall.undoButton().click();
  await expect(row(tenthFace).getByRole('button', { name: 'Pin' })).toHaveAttribute('aria-pressed', 'false');
  await hall.undoButton().click();
  await expect(row(firstFace).locator('.poster-chip')).toHaveAttribute('data-poster', moved);
  await expect(row(tenthFace).locator('.poster-chip')).toHaveAttribute('data-poster', other);

  // Export the plan: the SVG has the 20 boards, the PNG shows them in the themes' colours.
  const svgFile = join(folder, 'hall.svg');
  const pngFile = join(folder, 'hall.png');
  dialogs.save.push(svgFile);
  await hall.button('Export the plan (SVG)').click();
  await expect.poll(() => readFile(svgFile, 'utf8').catch(() => '')).toContain('</svg>');
  await expect(hall.message()).toContainText('Plan saved: hall.svg');
  const svg = await readFile(svgFile, 'utf8');
  expect(svg.match(/<g class="board"/g)).toHaveLength(20);
  expect(svg).toContain('Poster hall — 20 boards, 40 faces');
  dialogs.save.push(pngFile);
  await hall.button('Export the plan (PNG)').click();
  await expect(hall.message()).toContainText('Plan saved: hall.png');
  const colours = coloursOf(await readFile(pngFile));
  for (const theme of sampleProject().themes) expect(colours, theme.name).toContain(theme.color.toLowerCase());
});

test('moves a board on the plan by dragging it (snapped to the grid, one undoable step) and with the arrow keys; makes it single-sided and turns it; moves the entrance', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  const hall = new PosterHallPage(page);
  await hall.open();
  const view = hall.view();
  const board = hall.boardOnPlan(1);
  const before = (await board.getAttribute('transform'))!;
  const box = (await board.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 + 5, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 10 });
  await page.mouse.up();
  await expect(board).not.toHaveAttribute('transform', before);
  const [, x, y] = /translate\(([\d.]+) ([\d.]+)\)/.exec((await board.getAttribute('transform'))!)!;
  expect(Number(x) % 0.5).toBe(0);
  expect(Number(y) % 0.5).toBe(0);
  await expect(view.getByRole('group', { name: 'Board 1' })).toBeVisible();
  await hall.undoButton().click();
  await expect(board).toHaveAttribute('transform', before);

  // The keyboard does the same: an arrow moves the board by one grid step.
  const [, x0, y0] = /translate\(([\d.]+) ([\d.]+)\)/.exec(before)!;
  await board.focus();
  await page.keyboard.press('ArrowRight');
  await expect(board).toHaveAttribute('transform', new RegExp(`^translate\\(${Number(x0) + 0.5} ${y0}\\)`));

  // The selected board's tools: one face instead of two, then turned a quarter.
  const tools = view.getByRole('group', { name: 'Board 1' });
  await tools.getByLabel('Two faces').uncheck();
  await expect(board.locator('rect.plan-face')).toHaveCount(1);
  await tools.getByRole('button', { name: 'Turn by 90°' }).click();
  await expect(board).toHaveAttribute('transform', /rotate\(90\)$/);

  // The entrance is dragged along the wall too.
  const door = view.locator('svg .plan-entrance circle');
  const cy = Number(await door.getAttribute('cy'));
  const doorBox = (await door.boundingBox())!;
  await page.mouse.move(doorBox.x + doorBox.width / 2, doorBox.y + doorBox.height / 2);
  await page.mouse.down();
  await page.mouse.move(doorBox.x + doorBox.width / 2, doorBox.y + doorBox.height / 2 + 10, { steps: 5 });
  await page.mouse.move(doorBox.x + doorBox.width / 2, doorBox.y + doorBox.height / 2 + 80, { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => Number(await door.getAttribute('cy'))).toBeGreaterThan(cy);
});

test('imports a poster list through the mapping dialog, with its row-numbered report, then drags a new poster onto a free face and back', async ({ openRegie }) => {
  const folder = await mkdtemp(join(tmpdir(), 'regie-e2e-posters-'));
  const list = join(folder, 'posters.csv');
  await writeFile(list, 'Liste des posters;;\n;;\nTitre;Présentateurs;Thématique\nUn poster importé;Personne Inconnue;Jumeaux numériques\n;Quelqu’un;\n');
  const { page } = await openRegie({ language: 'en', dialogs: { open: [list] } });
  const hall = new PosterHallPage(page);
  await hall.open();
  await hall.button('Import a poster list…').click();
  const dialog = page.getByRole('dialog', { name: 'Import the poster list' });
  await expect(dialog.getByLabel('Column “Titre”')).toHaveValue('title');
  await expect(dialog.getByLabel('Column “Thématique”')).toHaveValue('theme');
  await expect(dialog.locator('.pt-report__summary')).toHaveText('Rows read: 2 — posters added: 1, updated: 0, rejected: 1; rows skipped: 0.');
  await expect(dialog.locator('.pt-note')).toHaveText([/^row 5column “Titre”No title/, /^row 4column “Présentateurs”“Personne Inconnue” is not among/]);
  await dialog.getByRole('button', { name: 'Import the posters (1)' }).click();
  await expect(dialog).toHaveCount(0);

  const unassigned = hall.unassigned();
  await expect(unassigned).toHaveCount(1);
  await expect(unassigned).toContainText('Un poster importé');
  const free = hall.faceRows().filter({ hasNot: page.locator('.poster-chip') }).first();
  const freeFace = (await free.getAttribute('data-face'))!;
  await hall.drag(unassigned.locator('.poster-chip__handle'), free);
  const row = hall.faceRow(freeFace);
  await expect(row.locator('.poster-chip')).toContainText('Un poster importé');
  await expect(unassigned).toHaveCount(0);
  await hall.drag(row.locator('.poster-chip__handle'), hall.unassignedList());
  await expect(unassigned).toHaveCount(1);
  await expect(row.locator('.poster-chip')).toHaveCount(0);
});

test('adds a poster with the form, presenters chosen by name, edits it, undoes the edit, and places it without dragging', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  const hall = new PosterHallPage(page);
  await hall.open();
  const view = hall.view();
  const person = sampleProject().people[0]!;
  const name = `${person.firstName} ${person.lastName}`;
  await hall.button('Add a poster').click();
  const form = view.getByRole('form', { name: 'Add a poster' });
  await form.getByLabel('Title').fill('Jumeaux et cohortes');
  await form.getByLabel('Presenters (people of the project)').selectOption({ label: name });
  await form.getByLabel('Theme').selectOption({ label: sampleProject().themes[2]!.name });
  await form.getByLabel('Highlighted').check();
  await form.getByLabel('power socket').check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  const unassigned = hall.unassigned();
  await expect(unassigned).toHaveCount(1);
  await expect(unassigned.locator('.poster-chip__handle')).toHaveText('★ Jumeaux et cohortes');
  await expect(unassigned).toContainText(`— ${name}`);
  await expect(view.locator(`[data-theme="${sampleProject().themes[2]!.id}"]`)).toContainText('10 posters, 4 highlighted');

  await unassigned.getByRole('button', { name: 'Edit' }).click();
  const edit = view.getByRole('form', { name: 'Edit' });
  await expect(edit.getByLabel('power socket')).toBeChecked();
  await edit.getByLabel('Title').fill('Jumeaux, cohortes et capteurs');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(unassigned.locator('.poster-chip__handle')).toHaveText('★ Jumeaux, cohortes et capteurs');
  await hall.undoButton().click();
  await expect(unassigned.locator('.poster-chip__handle')).toHaveText('★ Jumeaux et cohortes');

  // Without dragging: "Move…" lists the faces; a free one takes the poster.
  await unassigned.getByRole('button', { name: 'Move…' }).click();
  const moveTo = view.getByLabel('Move “Jumeaux et cohortes” to');
  const free = (await moveTo.locator('option', { hasText: '(free)' }).first().textContent())!;
  await moveTo.selectOption({ label: free });
  await expect(unassigned).toHaveCount(0);
  const face = free.replace(' (free)', '');
  await expect(view.locator('tr.face-row', { has: page.getByRole('rowheader', { name: face, exact: true }) }).locator('.poster-chip__handle')).toHaveText('★ Jumeaux et cohortes');
});
