/** The merge review as the tests drive it: the command, the refusal of another event, the conflicts and their choices. */
import type { Page } from '@playwright/test';

export class MergeReviewPage {
  constructor(readonly page: Page) {}

  readonly command = () => this.page.getByRole('button', { name: 'Merge a copy…' });
  readonly dialog = () => this.page.getByRole('dialog', { name: /^Merge “/ });
  readonly otherEvent = () => this.page.getByRole('alertdialog', { name: 'A copy of another event' });
  /** Their changes taken without a conflict, in one area ("Sessions", "Rooms"…). */
  readonly area = (name: string) => this.dialog().getByRole('region', { name, exact: true });
  /** A conflict's row, named by where it is: "Sessions › Keynote … › slot". */
  readonly conflict = (place: RegExp) => this.dialog().getByRole('row', { name: place });
  readonly takeTheirs = (place: RegExp) => this.conflict(place).getByRole('radio', { name: 'Take theirs' });
  readonly apply = () => this.dialog().getByRole('button', { name: 'Merge', exact: true });
}
