/** The Tours view as the tests drive it: one tour's groups, the people in no group, the plan buttons, real drags. */
import { expect, type Locator, type Page } from '@playwright/test';

export class ToursPage {
  constructor(readonly page: Page, readonly tabName = 'Tours', readonly tourName = 'Visite guidée du Palais de la Bourse') {}

  readonly viewTab = () => this.page.getByRole('tab', { name: this.tabName });
  readonly tour = () => this.page.getByRole('article', { name: this.tourName });
  readonly groups = () => this.tour().locator('.tour-group:not(.tour-group--unassigned)');
  readonly sizes = () => this.tour().locator('.tour-group__size');
  readonly unassigned = () => this.tour().getByRole('region', { name: 'Registered, in no group' });
  /** "148 registered people in no group", or "Everyone registered is in a group." */
  readonly unassignedCount = () => this.unassigned().locator('.tour-unassigned__count');
  /** What the last "Plan groups" or "Re-plan" did: groups, placed, moved, removed. */
  readonly planResult = () => this.tour().locator('.tour-plan__result');
  readonly planProblems = () => this.tour().locator('.tour-plan__problems');
  readonly timeline = () => this.tour().getByRole('figure', { name: 'The evening, hour by hour' });
  readonly button = (name: string) => this.tour().getByRole('button', { name });

  async open(): Promise<void> {
    await this.viewTab().click();
    await expect(this.viewTab()).toHaveAttribute('aria-selected', 'true');
  }

  readonly sizeOf = async (group: Locator): Promise<string> => (await group.locator('.tour-group__size').textContent())!;
  readonly members = (group: Locator): Promise<string[]> => group.locator('.tour-group__members .tour-person__handle').allTextContents();

  /** Opens the tour's rules and guides, and sets one field as a person does: type, then Enter. */
  async setRule(label: string, value: string): Promise<void> {
    const details = this.tour().locator('details').filter({ hasText: 'Tour rules and guides' });
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await this.tour().getByText('Tour rules and guides').click();
    const field = this.tour().getByLabel(label);
    await field.fill(value);
    await field.press('Enter');
    await expect(field).toHaveValue(value);
  }

  /** A real pointer drag: press on the card, move past dnd-kit's activation distance and over the target, release. */
  async drag(card: Locator, target: Locator): Promise<void> {
    await target.scrollIntoViewIfNeeded();
    const from = (await card.boundingBox())!;
    const to = (await target.boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + 30, { steps: 10 });
    await this.page.mouse.up();
  }
}
