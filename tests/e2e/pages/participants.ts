/** The Participants view as the tests drive it: the list, its count line, search and filters, rows and inline edits. */
import { expect, type Page } from '@playwright/test';

export class ParticipantsPage {
  constructor(readonly page: Page) {}

  /** The tab says "Participants" in French and English alike. */
  readonly viewTab = () => this.page.getByRole('tab', { name: 'Participants' });
  readonly panel = () => this.page.getByRole('tabpanel');
  /** "12 of 346 participants" / "12 sur 346 participants". */
  readonly count = () => this.panel().locator('.pt-count');
  readonly search = () => this.panel().getByRole('searchbox');
  /** Row 0 is the header; people start at 1. */
  readonly row = (index: number) => this.panel().getByRole('row').nth(index);
  readonly rows = () => this.panel().getByRole('row');
  readonly scroller = () => this.panel().locator('.pt-table__scroll');

  async open(): Promise<void> {
    await this.viewTab().click();
    await expect(this.viewTab()).toHaveAttribute('aria-selected', 'true');
  }

  /** The number of people the list holds, read from the count line. */
  async total(): Promise<number> {
    return Number((await this.count().textContent())!.match(/(?:sur|of) (\d+)/)![1]);
  }
}
