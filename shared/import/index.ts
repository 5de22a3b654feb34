/** Importing a registration list: pure steps shared by the app and the `regie import` command. */
export { fold } from '../model/fold.ts';
export { readYesNo } from './yes-no.ts';
export { readDiet, readLanguage, readLanguages } from './choices.ts';
export { findHeaderRow, isBlankRow, isTotalRow, HEADER_SEARCH_ROWS } from './header-row.ts';
export {
  PARTICIPANT_FIELDS, guessTargets, targetsFromMapping, mappingFromTargets, bestSavedMapping, registrationTarget, optionIdOf,
  type ColumnTargets, type ImportTarget, type ParticipantField,
} from './mapping.ts';
export { columnLetter, columnName, type ImportNote, type NoteLevel } from './notes.ts';
export { readRows, checkTargets, splitCompanions } from './rows.ts';
export { mergeDuplicates } from './merge.ts';
export { freezePeople, previewImport, type ImportOptions, type ImportPreview, type ImportSummary } from './preview.ts';
export { planChanges } from './plan-changes.ts';
export { prepareImport, type ImportContext, type PreparedImport } from './prepare.ts';
export { reportRows, sortNotes, summaryLine } from './report.ts';
