/** The Problems view as the tests drive it: rule groups, their messages, acceptance, and the rule settings. */
import { expect, type Page } from '@playwright/test';

export class ProblemsPage {
  constructor(readonly page: Page) {}

  readonly viewTab = () => this.page.getByRole('tab', { name: 'Problems' });
  /** The problems one rule found, under its heading. */
  readonly ruleGroup = (rule: RegExp) => this.page.getByRole('region', { name: rule });
  readonly message = (text: string) => this.page.locator('.problem__message', { hasText: text });
  /** The counts line of the panel ("2 errors"). */
  readonly counts = () => this.page.getByRole('region', { name: 'Problems' }).getByRole('status');
  readonly severity = (rule: string) => this.page.getByRole('combobox', { name: `Severity — ${rule}` });
  readonly ruleSwitch = (rule: string) => this.page.getByRole('checkbox', { name: `On — ${rule}` });

  async open(): Promise<void> {
    await this.viewTab().click();
    await expect(this.viewTab()).toHaveAttribute('aria-selected', 'true');
  }

  /** Accepts the first problem of a rule, with the organiser's note. */
  async accept(rule: RegExp, note: string): Promise<void> {
    await this.ruleGroup(rule).getByRole('button', { name: 'Accept…' }).click();
    await this.page.getByLabel('Note (why it is acceptable)').fill(note);
    await this.page.getByRole('button', { name: 'Accept', exact: true }).click();
  }
}
