import { describe, expect, it } from 'vitest';
import { applyEdit, EditRejected } from '../../../shared/edits/index.ts';
import { createI18n, problemMessage } from '../../../shared/i18n/index.ts';
import { sampleProject } from '../../../shared/sample/index.ts';

describe('a refused edit, as the person reads it', () => {
  it('names the value it refused (the value travels in the refusal’s params)', () => {
    const project = sampleProject();
    const id = project.participants[0]!.id;
    let refusal: EditRejected | null = null;
    try {
      applyEdit(project, { type: 'participants/update', payload: { id, changes: { diet: 'paleo' as never } } });
    } catch (error) {
      if (error instanceof EditRejected) refusal = error;
    }
    expect(refusal).not.toBeNull();
    expect(problemMessage(createI18n('en').t, { code: refusal!.code, params: refusal!.params })).toBe('Unknown diet “paleo”.');
  });
});
