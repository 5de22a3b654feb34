/** The timetable of the large event (40 rooms, 1,500 sessions) in Chromium: first render, switching days, scrolling across the rooms, dragging a card. */
import { generateEvent, LARGE_EVENT } from '../../shared/sample/generate.ts';
import { busiestDay, launchWithProject, PAINTED } from './timetable/page.ts';
import type { BenchCase } from './types.ts';

/** Generated on first use, so loading this file costs nothing when other benchmarks are chosen. */
function largeEvent() {
  const project = generateEvent(LARGE_EVENT);
  const busiest = busiestDay(project);
  return { project, busiest, otherDay: project.event.days.find((d) => d.date !== busiest)!.date };
}

/**
 * From the project arriving in the page to the busiest day's cards painted, on a fresh page each time: the page
 * records the end of the frame that first drew them, so work the app does after that paint is not counted.
 */
async function firstRender(): Promise<number[]> {
  const { project, busiest } = largeEvent();
  const bench = await launchWithProject(project);
  try {
    const samples: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const page = await bench.open(busiest);
      const ms = await page.evaluate('window.__cardsPainted.then((t) => t - window.__openedAt)');
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

/**
 * Frame times (requestAnimationFrame deltas, frame rate unlimited) while a card is dragged across the busiest day:
 * one pointer move per frame, scripted in the page, so every frame carries a move and no frame waits for the test.
 * The first frames (picking the card up) are left out: they are the press, not the drag.
 */
const SCRIPTED_DRAG = `(async () => {
  const card = document.querySelector('.tt-card');
  const from = card.getBoundingClientRect();
  const grid = document.querySelector('.tt-scroller').getBoundingClientRect();
  const at = (x, y) => ({ bubbles: true, cancelable: true, clientX: x, clientY: y, pointerId: 1, isPrimary: true, button: 0, buttons: 1, pointerType: 'mouse' });
  card.dispatchEvent(new PointerEvent('pointerdown', at(from.x + 10, from.y + 5)));
  const frames = [];
  let step = 0;
  await new Promise((done) => {
    const tick = (time) => {
      frames.push(time);
      if (step > 240) return done();
      const phase = step <= 120 ? step / 120 : (240 - step) / 120;
      const x = step === 0 ? from.x + 30 : grid.x + 80 + phase * (grid.width - 160);
      const y = step === 0 ? from.y + 25 : grid.y + 60 + phase * (grid.height - 120);
      document.dispatchEvent(new PointerEvent('pointermove', at(x, y)));
      step += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }));
  document.dispatchEvent(new PointerEvent('pointerup', at(0, 0)));
  return frames.slice(1).map((t, i) => t - frames[i]);
})()`;

/**
 * Frame times while the busiest day's grid scrolls sideways across all its rooms and back, 120 px a frame (a fast
 * wheel or trackpad), scripted in the page so that every frame carries a scroll.
 */
const HORIZONTAL_SCROLL = `(async () => {
  const grid = document.querySelector('.tt-scroller');
  const end = grid.scrollWidth - grid.clientWidth;
  const frames = [];
  let direction = 1;
  let passes = 0;
  await new Promise((done) => {
    const tick = (time) => {
      frames.push(time);
      if ((direction > 0 && grid.scrollLeft >= end - 1) || (direction < 0 && grid.scrollLeft <= 0)) {
        passes += 1;
        direction = -direction;
        if (passes === 4) return done();
      }
      grid.scrollLeft += direction * 120;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return frames.slice(1).map((t, i) => t - frames[i]);
})()`;

async function scrollFrames(): Promise<number[]> {
  const { project, busiest } = largeEvent();
  const bench = await launchWithProject(project, true);
  try {
    const page = await bench.open(busiest);
    await page.locator('.tt-card').first().waitFor();
    return (await page.evaluate(HORIZONTAL_SCROLL)) as number[];
  } finally {
    await bench.browser.close();
  }
}

async function dragFrames(): Promise<number[]> {
  const { project, busiest } = largeEvent();
  const bench = await launchWithProject(project, true);
  try {
    const page = await bench.open(busiest);
    await page.locator('.tt-card').first().waitFor();
    const deltas = (await page.evaluate(SCRIPTED_DRAG)) as number[];
    return deltas.slice(5);
  } finally {
    await bench.browser.close();
  }
}

export const benchmarks: BenchCase[] = [
  { name: 'timetable: first render of the busiest day (large event)', targetMs: 300, stat: 'median', iterations: 5, measure: firstRender },
  { name: 'timetable: switch days (large event)', targetMs: 100, stat: 'median', iterations: 20, measure: switchDays },
  { name: 'timetable: frame time while scrolling across the busiest day’s 40 rooms', targetMs: 16, stat: 'p95', iterations: 1, measure: scrollFrames },
  { name: 'timetable: frame time while dragging a card across the busiest day', targetMs: 16, stat: 'p95', iterations: 1, measure: dragFrames },
];
