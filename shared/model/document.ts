/** A `.regie` file's text ⇄ the project: parse, check the format, migrate, validate, restore; and back to text. */
import { z } from 'zod';
import { formatPath, type Problem } from '../problems.ts';
import { migrate, type JsonObject } from './migrations/index.ts';
import { problemsFromZod, showValue } from './problems-from-zod.ts';
import { restoreProject } from './restore.ts';
import { checkStructure } from './structure.ts';
import { CURRENT_VERSION, FORMAT, projectSchema, type Project } from './schema.ts';

export type OpenedText =
  | { readonly ok: true; readonly project: Project; readonly repairs: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Problems about the file as a whole (unreadable, not JSON, not Régie, too new), as opposed to its fields. */
export function isFileProblem(problem: Problem): boolean {
  return problem.code.startsWith('model:open.');
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * Where JSON text first breaks: the offset of the first character that cannot be there (text.length if it ends
 * too early). JSON.parse's own message gives no position on some engines, so the text is scanned again.
 */
export function jsonBreakPosition(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new JsonBreak(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  const expect = (char: string) => (text[i] === char ? (i += 1) : fail());
  const word = (literal: string) => {
    for (const char of literal) expect(char);
  };
  const string = () => {
    expect('"');
    while (text[i] !== '"') {
      if (i >= text.length || text.charCodeAt(i) < 0x20) fail();
      if (text[i] !== '\\') i += 1;
      else if (text[i + 1] === 'u') {
        i += 2;
        for (let k = 0; k < 4; k += 1) {
          if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail();
          i += 1;
        }
      } else if ('"\\/bfnrt'.includes(text[i + 1] ?? 'x')) i += 2;
      else {
        i += 1;
        fail();
      }
    }
    i += 1;
  };
  const number = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '"') return string();
    if (char === 't') return word('true');
    if (char === 'f') return word('false');
    if (char === 'n') return word('null');
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      i += 1;
      space();
      if (text[i] === close) return void (i += 1);
      for (;;) {
        if (close === '}') {
          space();
          string();
          space();
          expect(':');
        }
        value();
        space();
        if (text[i] === ',') i += 1;
        else return void expect(close);
      }
    }
    number.lastIndex = i;
    if (!number.test(text)) fail();
    i = number.lastIndex;
  };
  try {
    value();
    space();
    return i < text.length ? i : -1;
  } catch (error) {
    if (error instanceof JsonBreak) return error.position;
    return 0;
  }
}

class JsonBreak {
  constructor(readonly position: number) {}
}

function notJson(text: string, file: string | undefined): Problem {
  const where = file === undefined ? {} : { file };
  const position = Math.max(0, jsonBreakPosition(text));
  const { line, column } = lineAndColumn(text, position);
  if (position >= text.length) return { code: 'model:open.truncated', ...where, params: { line } };
  const near = text.slice(position, position + 12).split('\n')[0] ?? '';
  return { code: 'model:open.notJson', ...where, params: { line, column, near } };
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Opens a project from a file's text; `fileName` is only used to say where a problem is. */
export function openProjectText(text: string, fileName?: string): OpenedText {
  const where = fileName === undefined ? {} : { file: fileName };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [{ code: 'model:open.empty', ...where }] };
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    return { ok: false, problems: [notJson(body, fileName)] };
  }
  if (!isObject(doc) || doc.format !== FORMAT) return { ok: false, problems: [{ code: 'model:open.notRegie', ...where }] };
  const structure = checkStructure(doc);
  if (structure.refusals.length > 0) return { ok: false, problems: structure.refusals.map((p) => ({ ...p, ...where })) };
  const version = doc.version;
  if (typeof version === 'number' && Number.isInteger(version) && version < 0) {
    return { ok: false, problems: [{ code: 'model:open.negativeVersion', ...where, path: 'version', value: String(version) }] };
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, problems: [{ code: 'model:open.badVersion', ...where, path: 'version', value: showValue(version) }] };
  }
  if (version > CURRENT_VERSION) {
    return { ok: false, problems: [{ code: 'model:open.newerVersion', ...where, params: { version, current: CURRENT_VERSION } }] };
  }
  const current = migrate(doc, version);
  const parsed = projectSchema.safeParse(current, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error.issues, fileName) };
  const restored = restoreProject(parsed.data);
  if (restored.errors.length > 0) return { ok: false, problems: restored.errors.map((p) => ({ ...p, ...where })) };
  const repairs = [...structure.repairs, ...findUnknownFields(current), ...restored.repairs];
  return { ok: true, project: restored.project, repairs: repairs.map((p) => ({ ...p, ...where })) };
}

/** Walks a document beside its schema; `path` is the walker's own stack, turned into text only for a finding. */
type FindUnknown = (value: unknown, path: PropertyKey[], found: Problem[]) => void;

/** A walker that reports the fields the schema does not know (validation drops them silently), or null for a leaf. */
function unknownFieldFinder(schema: z.ZodType): FindUnknown | null {
  if (schema instanceof z.ZodObject) {
    const fields = new Map(Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => [key, unknownFieldFinder(field)]));
    return (value, path, found) => {
      if (!isObject(value)) return;
      for (const key of Object.keys(value)) {
        path.push(key);
        if (!fields.has(key)) found.push({ code: 'model:repaired.unknownField', path: formatPath(path), value: showValue(value[key]) });
        else fields.get(key)?.(value[key], path, found);
        path.pop();
      }
    };
  }
  if (schema instanceof z.ZodRecord || schema instanceof z.ZodArray) {
    const inner = unknownFieldFinder((schema instanceof z.ZodRecord ? schema.valueType : schema.element) as z.ZodType);
    if (!inner) return null;
    return (value, path, found) => {
      if (typeof value !== 'object' || value === null) return;
      for (const [key, item] of Object.entries(value)) {
        path.push(Array.isArray(value) ? Number(key) : key);
        inner(item, path, found);
        path.pop();
      }
    };
  }
  if ('unwrap' in schema && typeof schema.unwrap === 'function') return unknownFieldFinder(schema.unwrap() as z.ZodType);
  return null;
}

const unknownFieldsOfProject = unknownFieldFinder(projectSchema)!;

/** Fields a valid document carries that the format does not define: reported, since they will not be saved. */
function findUnknownFields(doc: JsonObject): Problem[] {
  const found: Problem[] = [];
  unknownFieldsOfProject(doc, [], found);
  return found;
}

type Reorder = (value: unknown) => unknown;

/** A function that copies a value with its objects' keys in the schema's order (and only the schema's keys). */
function reorderer(schema: z.ZodType): Reorder {
  if (schema instanceof z.ZodObject) {
    const fields = Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => [key, reorderer(field)] as const);
    return (value) => {
      if (!isObject(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, reorder] of fields) if (value[key] !== undefined) out[key] = reorder(value[key]);
      return out;
    };
  }
  if (schema instanceof z.ZodRecord) {
    const reorder = reorderer(schema.valueType as z.ZodType);
    return (value) => (isObject(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reorder(v)])) : value);
  }
  if (schema instanceof z.ZodArray) {
    const reorder = reorderer(schema.element as z.ZodType);
    return (value) => (Array.isArray(value) ? value.map(reorder) : value);
  }
  if ('unwrap' in schema && typeof schema.unwrap === 'function') return reorderer(schema.unwrap() as z.ZodType);
  return (value) => value;
}

const inSchemaOrder = reorderer(projectSchema);

/** The file's text: 2-space indent, keys in schema order, a final newline — so saved files diff cleanly. */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(inSchemaOrder(project), null, 2)}\n`;
}
