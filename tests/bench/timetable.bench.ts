/** The timetable of the large event (40 rooms, 1,500 sessions) in Chromium: first render, switching days, dragging a card. */
import { generateEvent, LARGE_EVENT } from '../../shared/sample/generate.ts';
import { busiestDay, launchWithProject, PAINTED } from './timetable/page.ts';
import type { BenchCase } from './types.ts';

/** Generated on first use, so loading this file costs nothing when other benchmarks are chosen. */
function largeEvent() {
  const project = generateEvent(LARGE_EVENT);
  const busiest = busiestDay(project);
  return { project, busiest, otherDay: project.event.days.find((d) => d.date !== busiest)!.date };
}

/** From the project arriving in the page to the busiest day's cards painted, on a fresh page each time. */
async function firstRender(): Promise<number[]> {
  const { project, busiest } = largeEvent();
  const bench = await launchWithProject(project);
  try {
    const samples: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const page = await bench.open(busiest);
      await page.locator('.tt-card').first().waitFor();
      const ms = await page.evaluate(`${PAINTED}.then((t) => t - window.__openedAt)`);
      if (i > 0) samples.push(ms as number);
      await page.context().close();
    }
    return samples;
  } finally {
    await bench.browser.close();
  }
}

/** From a click on a day tab to that day's grid painted, back and forth between the busiest day and another. */
async function switchDays(): Promise<number[]> {
  const { project, busiest, otherDay } = largeEvent();
  const bench = await launchWithProject(project);
  try {
    const page = await bench.open(busiest);
    await page.locator('.tt-card').first().waitFor();
    const samples: number[] = [];
    for (let i = 0; i < 21; i += 1) {
      const day = i % 2 === 0 ? otherDay : busiest;
      const ms = await page.evaluate(
        `(async () => { const tab = [...document.querySelectorAll('.tt-day')][${project.event.days.findIndex((d) => d.date === day)}];
          const start = performance.now(); tab.click(); return (await ${PAINTED}) - start; })()`,
      );
      if (i > 0) samples.push(ms as number);
    }
    return samples;
  } finally {
    await bench.browser.close();
  }
}

/** Frame times (requestAnimationFrame deltas) while a card is dragged across the busiest day's rooms and hours. */
async function dragFrames(): Promise<number[]> {
  const { project, busiest } = largeEvent();
  const bench = await launchWithProject(project, true);
  try {
    const page = await bench.open(busiest);
    const card = page.locator('.tt-card').first();
    await card.waitFor();
    const box = (await card.boundingBox())!;
    const grid = (await page.locator('.tt-scroller').boundingBox())!;
    await page.evaluate(`(() => { window.__frames = []; const tick = (t) => { window.__frames.push(t); window.__raf = requestAnimationFrame(tick); }; window.__raf = requestAnimationFrame(tick); })()`);
    await page.mouse.move(box.x + 10, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + 30, box.y + 25, { steps: 3 });
    // Across the visible rooms and down the day, then back: every step a new slot, often a new room.
    for (let i = 0; i <= 120; i += 1) {
      const phase = i <= 60 ? i / 60 : (120 - i) / 60;
      await page.mouse.move(grid.x + 80 + phase * (grid.width - 160), grid.y + 60 + phase * (grid.height - 120));
    }
    await page.keyboard.press('Escape');
    await page.mouse.up();
    const frames = (await page.evaluate(`(() => { cancelAnimationFrame(window.__raf); return window.__frames; })()`)) as number[];
    return frames.slice(1).map((t, i) => t - frames[i]!).slice(3);
  } finally {
    await bench.browser.close();
  }
}

export const benchmarks: BenchCase[] = [
  { name: 'timetable: first render of the busiest day (large event)', targetMs: 1000, stat: 'median', iterations: 5, measure: firstRender },
  { name: 'timetable: switch days (large event)', targetMs: 200, stat: 'median', iterations: 20, measure: switchDays },
  { name: 'timetable: frame time while dragging a card across the busiest day', targetMs: 16, stat: 'p95', iterations: 1, measure: dragFrames },
];
