/** The Poster hall view as the tests drive it: the plan's boards, the face list, the unassigned posters, real drags. */
import { expect, type Locator, type Page } from '@playwright/test';

export class PosterHallPage {
  constructor(readonly page: Page) {}

  readonly viewTab = () => this.page.getByRole('tab', { name: 'Poster hall' });
  readonly view = () => this.page.getByRole('tabpanel');
  readonly boardsOnPlan = () => this.view().locator('svg .plan-board');
  readonly boardOnPlan = (number: number) => this.view().locator(`svg .plan-board[data-board="${number}"]`);
  /** The list posters wait in before they have a face; a poster dropped on it leaves its face. */
  readonly unassignedList = () => this.view().locator('[data-drop="unassigned"]');
  readonly unassigned = () => this.unassignedList().locator('li');
  readonly faceRows = () => this.view().locator('tr.face-row');
  readonly faceRow = (face: string) => this.view().locator(`tr.face-row[data-face="${face}"]`);
  /** The line that says how many theme changes, highlighted posters off prime spots and presenters apart remain. */
  readonly quality = () => this.view().getByTestId('poster-quality');
  readonly button = (name: string) => this.view().getByRole('button', { name });
  readonly undoButton = () => this.page.getByRole('button', { name: 'Undo' });
  /** The shell's message line ("Plan saved: hall.svg"). */
  readonly message = () => this.page.locator('.message');

  async open(): Promise<void> {
    await this.viewTab().click();
    await expect(this.viewTab()).toHaveAttribute('aria-selected', 'true');
  }

  /** Drags with real pointer moves (dnd-kit needs several moves after the press). */
  async drag(from: Locator, to: Locator): Promise<void> {
    // Centred, so that a target a few rows further is on screen too.
    await from.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const start = (await from.boundingBox())!;
    const end = (await to.boundingBox())!;
    await this.page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2 + 5, { steps: 5 });
    await this.page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 10 });
    await this.page.mouse.up();
  }
}
