/** Venue workbooks: builds the chosen workbooks of a project into a folder. */
import type { Project } from '../../../shared/model/schema.ts';
import type { Language, WorkbookId } from '../../../shared/ipc.ts';

/** Writes each workbook atomically into `folder`; returns the file names written. */
export async function exportWorkbooks(
  _project: Project,
  _only: readonly WorkbookId[],
  _language: Language,
  _folder: string,
): Promise<string[]> {
  throw new Error('not implemented');
}
