/** The Exports view as the tests drive it: the workbook cards, the choice of workbooks and language, the export button. */
import { expect, type Page } from '@playwright/test';

export class ExportsPage {
  constructor(readonly page: Page) {}

  readonly viewTab = () => this.page.getByRole('tab', { name: 'Exports' });
  readonly view = () => this.page.getByRole('tabpanel');
  readonly cards = () => this.view().locator('.workbook-card');
  readonly card = (workbook: string) => this.view().locator(`[data-workbook="${workbook}"]`);
  readonly allWorkbooks = () => this.view().getByLabel('All workbooks');
  readonly language = () => this.view().getByLabel('Language of the workbooks');
  /** A button of the view: "Export 7 workbooks…" (the count says what will be written), "Show folder". */
  readonly button = (label: string) => this.view().getByRole('button', { name: label });
  /** What the last export did, naming the folder. */
  readonly status = () => this.view().getByRole('status');
  /** The errors still open, listed before anything is written. */
  readonly openErrors = () => this.view().getByRole('alert');

  /** The programme for attendees: its formats, its export button and what the export wrote. */
  readonly programme = () => this.view().getByRole('region', { name: 'Programme for attendees' });
  readonly programmeFormat = (label: string) => this.programme().getByRole('checkbox', { name: label });
  readonly programmeButton = () => this.programme().getByRole('button', { name: 'Export the programme…' });
  readonly programmeStatus = () => this.programme().getByRole('status');
  /** The errors still open, listed before the programme is written. */
  readonly programmeOpenErrors = () => this.programme().getByRole('alert');

  async open(): Promise<void> {
    await this.viewTab().click();
    await expect(this.viewTab()).toHaveAttribute('aria-selected', 'true');
  }
}
