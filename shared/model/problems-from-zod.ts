/** Turns zod's validation issues into Problems: the exact field path and a message in French and English. */
import type { z } from 'zod';
import { formatPath, type Problem } from '../problems.ts';
import { isFieldMessage, type FieldMessage } from './field-messages.ts';

type Issue = z.core.$ZodIssue;

const TYPE_KEYS: Readonly<Record<string, FieldMessage>> = {
  number: 'model:field.number',
  int: 'model:field.whole',
  string: 'model:field.text',
  boolean: 'model:field.boolean',
  array: 'model:field.list',
  object: 'model:field.object',
  record: 'model:field.object',
};

/** The value as the file has it, short enough for one line. */
export function showValue(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function byCode(issue: Issue): { code: FieldMessage; params?: Record<string, string | number> } {
  switch (issue.code) {
    case 'invalid_type':
      return { code: TYPE_KEYS[issue.expected] ?? 'model:field.type', params: { expected: issue.expected } };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum === 1 ? { code: 'model:field.notEmpty' } : { code: 'model:field.minLength', params: { minimum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'model:field.minItems', params: { minimum } };
      if (minimum === 0) return { code: issue.inclusive ? 'model:field.zeroOrMore' : 'model:field.positive' };
      return { code: 'model:field.atLeast', params: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'model:field.maxLength', params: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'model:field.maxItems', params: { maximum } };
      return { code: 'model:field.atMost', params: { maximum } };
    }
    case 'invalid_value':
      return { code: 'model:field.oneOf', params: { values: issue.values.map((v) => String(v)).join(', ') } };
    case 'invalid_union': {
      // A union of literals (snapMinutes: 5 | 10 | 15 | 30) reads best as the list of accepted values.
      const values = issue.errors.flat().flatMap((inner) => (inner.code === 'invalid_value' ? inner.values : []));
      if (values.length === issue.errors.length) return { code: 'model:field.oneOf', params: { values: values.map(String).join(', ') } };
      return { code: 'model:field.invalid' };
    }
    case 'invalid_format':
      return { code: 'model:field.pattern' };
    default:
      return { code: 'model:field.invalid' };
  }
}

/** One Problem per zod issue, with the path written as "sessions[12].durationMinutes". */
export function problemsFromZod(issues: readonly Issue[], file?: string): Problem[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    const where = { ...(file === undefined ? {} : { file }), ...(path === '' ? {} : { path }) };
    // Without reportInput zod leaves `input` out; with it, a missing field is the one whose input is undefined.
    const input = (issue as { input?: unknown }).input;
    if (input === undefined) return { code: 'model:field.missing', ...where };
    const { code, params } = isFieldMessage(issue.message) ? { code: issue.message, params: undefined } : byCode(issue);
    return { code, ...where, value: showValue(input), ...(params ? { params } : {}) };
  });
}
