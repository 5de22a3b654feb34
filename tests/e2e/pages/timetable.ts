/** The Timetable view as the tests drive it: day tabs, room slots, cards, the backlog, and real pointer drags. */
import { expect, type Locator, type Page } from '@playwright/test';

const center = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

export interface DragOptions {
  /** Checks what the target shows while the card is held over it, before the release. */
  readonly during?: () => Promise<void>;
  /** Scrolls the target to the middle of the grid first, away from the edges where dnd-kit scrolls by itself. */
  readonly centreTarget?: boolean;
}

export class TimetablePage {
  constructor(readonly page: Page) {}

  readonly viewTab = () => this.page.getByRole('tab', { name: 'Timetable' });
  readonly dayTab = (day: RegExp) => this.page.getByRole('tab', { name: day });
  /** A room at a time, as the grid names it: "Amphithéâtre B, 14 Oct, 10:30". */
  readonly slot = (name: string) => this.page.getByRole('button', { name, exact: true });
  readonly card = (sessionId: string) => this.page.locator(`.tt-card[data-session-id="${sessionId}"]`);
  readonly cardNamed = (title: RegExp) => this.page.getByRole('button', { name: title });
  readonly column = (room: string) => this.page.getByRole('group', { name: room, exact: true });
  readonly columns = () => this.page.locator('.tt-column');
  readonly backlog = () => this.page.getByRole('complementary', { name: 'Backlog' });
  readonly backlogItem = (title: RegExp) => this.backlog().getByRole('button', { name: title });
  /** What the drop would give, shown beside the held card. */
  readonly preview = () => this.page.locator('.tt-preview');
  /** What the screen reader hears during a keyboard drag. */
  readonly announcements = () => this.page.locator('[id^="DndLiveRegion"]');
  readonly undoButton = () => this.page.getByRole('button', { name: 'Undo', exact: true });
  readonly redoButton = () => this.page.getByRole('button', { name: 'Redo', exact: true });

  async open(): Promise<void> {
    await this.viewTab().click();
    await expect(this.viewTab()).toHaveAttribute('aria-selected', 'true');
  }

  /** Clicks a day tab and waits until the grid shows that day. */
  async showDay(day: RegExp): Promise<void> {
    await this.dayTab(day).click();
    await expect(this.dayTab(day)).toHaveAttribute('aria-selected', 'true');
  }

  /** A real pointer drag: press, moves past dnd-kit's activation distance, moves over the target, release. */
  async drag(from: Locator, to: Locator | { x: number; y: number }, options: DragOptions = {}): Promise<void> {
    if (!('x' in to)) {
      if (options.centreTarget) await to.evaluate((element) => element.scrollIntoView({ block: 'center', inline: 'center' }));
      else await to.scrollIntoViewIfNeeded();
    }
    const start = await center(from);
    const end = 'x' in to ? to : await center(to);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 12, start.y + 12, { steps: 4 });
    await this.page.mouse.move(end.x, end.y, { steps: 10 });
    if (options.during) await options.during();
    await this.page.mouse.up();
  }

  /** Drags a card's lower edge down by `pixels`, to make the session longer. */
  async stretch(title: string, pixels: number, during?: () => Promise<void>): Promise<void> {
    const handle = this.page.getByRole('button', { name: new RegExp(`^Change the duration of “${title}`) });
    const edge = await center(handle);
    await this.drag(handle, { x: edge.x, y: edge.y + pixels }, { during });
  }

  /** The day's grid: the one scroll area of the view. */
  readonly grid = () => this.page.locator('.tt-scroller');
  readonly headers = () => this.page.locator('.tt-column__header');
  /** A room's header, in the row above the columns: found by the name it shows ("Salle 07 · 40 places"). */
  readonly header = (room: string) =>
    this.headers().filter({ has: this.page.locator('.tt-column__name', { hasText: new RegExp(`^${room.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `) }) });
  /** A card's findings button (icons and counts), and the popover it opens. */
  readonly findings = (sessionId: string) => this.page.locator(`.tt-card-box:has(> [data-session-id="${sessionId}"]) .tt-findings`);
  readonly findingsPopover = (title: string) => this.page.getByRole('dialog', { name: `Findings on “${title}”`, exact: true });
  /** The texts of a card's findings, as its popover lists them once opened. */
  readonly findingTexts = (sessionId: string) => this.page.locator(`.tt-card-box:has(> [data-session-id="${sessionId}"]) .tt-card__problem`);
  readonly findingsFilter = () => this.page.getByRole('group', { name: 'Findings shown on the grid' });

  readonly search = () => this.page.getByRole('searchbox', { name: 'Find on the grid' });

  /** Back to the first room and the first hour: a drag near the grid's edge scrolls it, and cards out of view are not drawn. */
  async scrollToStart(): Promise<void> {
    await this.grid().evaluate((grid) => grid.scrollTo({ left: 0, top: 0 }));
    await expect.poll(() => this.grid().evaluate((grid) => grid.scrollLeft + grid.scrollTop)).toBe(0);
  }

  /** Brings a card into view through the grid's search (English UI): cards out of view are not drawn. */
  async reveal(text: string, sessionId: string): Promise<void> {
    await this.search().fill(text);
    await expect(this.card(sessionId)).toHaveAttribute('data-found', 'current');
  }

  /** Opens a card's findings from the keyboard (its icon may sit under an overlapping card). */
  async openFindings(sessionId: string): Promise<void> {
    await this.findings(sessionId).focus();
    await this.page.keyboard.press('Enter');
  }

  /** The room whose column starts the grid's view (just right of the hours), and the grid's vertical scroll. */
  /** The grid's scroll position once a wheel's smooth scrolling has finished: unchanged over three animation frames. */
  async settledScroll(): Promise<{ left: number; top: number }> {
    return this.grid().evaluate(async (grid) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      let last = '';
      for (let still = 0; still < 3; ) {
        await frame();
        const now = `${grid.scrollLeft} ${grid.scrollTop}`;
        still = now === last ? still + 1 : 0;
        last = now;
      }
      return { left: grid.scrollLeft, top: grid.scrollTop };
    });
  }

  async firstRoomInView(): Promise<{ room: string; top: number }> {
    return this.grid().evaluate((grid) => {
      const left = grid.getBoundingClientRect().left + 56 + 2;
      const column = [...grid.querySelectorAll<HTMLElement>('.tt-column')].find((c) => {
        const box = c.getBoundingClientRect();
        return box.left <= left && box.right > left;
      });
      return { room: column?.getAttribute('aria-label') ?? '', top: grid.scrollTop };
    });
  }
}
