/** The native dialogs the main process shows; Electron implements them, tests queue the answers. */

/** What a dialog is for: it picks the title and the file filters. */
export type OpenPurpose = 'project' | 'participants' | 'posterList' | 'programme';
export type SavePurpose = 'project' | 'importReport' | 'hallPlanSvg' | 'hallPlanPng';

export interface Dialogs {
  /** The chosen file, or null when the user cancels. */
  showOpen(purpose: OpenPurpose): Promise<string | null>;
  /** The chosen destination, or null when the user cancels. */
  showSave(purpose: SavePurpose, suggestedName: string): Promise<string | null>;
  /** The chosen folder, or null when the user cancels. */
  showFolder(): Promise<string | null>;
  /** Shows a folder in the system's file manager. */
  revealFolder(path: string): Promise<void>;
}

/** File filters per purpose, shared by the native dialogs. */
export const FILE_FILTERS: Readonly<Record<OpenPurpose | SavePurpose, readonly { name: string; extensions: string[] }[]>> = {
  project: [{ name: 'Régie', extensions: ['regie'] }],
  participants: [{ name: 'Excel / CSV', extensions: ['xlsx', 'csv', 'txt'] }],
  posterList: [{ name: 'Excel / CSV', extensions: ['xlsx', 'csv', 'txt'] }],
  programme: [{ name: 'frab / pretalx (schedule.xml, schedule.json)', extensions: ['xml', 'json'] }],
  importReport: [{ name: 'CSV', extensions: ['csv'] }],
  hallPlanSvg: [{ name: 'SVG', extensions: ['svg'] }],
  hallPlanPng: [{ name: 'PNG', extensions: ['png'] }],
};
