/** The schema's own messages are keys of the model catalogue, so the typecheck knows each is written in French and English. */
import type { model } from '../i18n/model.ts';

/** A field message's key in shared/i18n/model.ts, e.g. "model:field.title". */
export type FieldMessage = `model:field.${keyof typeof model.fr.field & string}`;

/** zod's message option for a refused value, given as its catalogue key. */
export const fieldMessage = (key: FieldMessage): { error: FieldMessage } => ({ error: key });

/** Whether zod's message is one the schema set (zod's own English messages are mapped from the issue instead). */
export const isFieldMessage = (message: string): message is FieldMessage => message.startsWith('model:field.');
