/** Workbook file names built from the event's name: whatever an organiser (or a hostile file) put there. */
import { readdir, rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FILE_STEM_MAX_BYTES, safeFileStem } from '../../../shared/exports/file-name.ts';
import { exportEvent } from '../../fixtures/project.ts';
import { exportAndRead } from './read-back.ts';

const stem = (text: string) => safeFileStem(text, 'Regie');
const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('a file name from the event name', () => {
  it('keeps an ordinary name as it is, accents and all', () => {
    expect(stem('JA PEPR Santé Numérique 2025')).toBe('JA PEPR Santé Numérique 2025');
  });

  it('turns path separators and the characters Windows forbids into dashes', () => {
    expect(stem('../../etc/passwd')).toBe('-..-etc-passwd');
    expect(stem('a\\b/c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
  });

  it('drops control characters: tabs and line breaks become spaces, the others dashes', () => {
    expect(stem('Journées\tannuelles\r\n2025')).toBe('Journées annuelles 2025');
    expect(stem('JA\u0000\u0007\u001b2025\u007f\u0085')).toBe('JA---2025--');
  });

  it('removes characters that reorder or hide text, lone surrogates and non-characters', () => {
    expect(stem('JA \u202eslx.exe')).toBe('JA slx.exe');
    expect(stem('JA\u200f\u2066 2025\ufeff')).toBe('JA 2025');
    expect(stem('JA \ud800 2025 \ufffe\uffff')).toBe('JA 2025');
  });

  it('drops dots and spaces at both ends (Windows drops them at the end, a leading dot hides the file)', () => {
    expect(stem('  .hidden 2025. . ')).toBe('hidden 2025');
  });

  it('changes the names Windows keeps for devices, with or without an extension', () => {
    expect(stem('CON')).toBe('CON_');
    expect(stem('nul')).toBe('nul_');
    expect(stem('com1')).toBe('com1_');
    expect(stem('LPT9.2025')).toBe('LPT9_.2025');
    expect(stem('Console 2025')).toBe('Console 2025');
  });

  it('falls back to the given name when nothing usable is left', () => {
    expect(stem('')).toBe('Regie');
    expect(stem(' . . \u200e ')).toBe('Regie');
  });

  it('stays within its length in bytes, cutting between whole characters', () => {
    const long = stem('é'.repeat(400));
    expect(bytes(long)).toBeLessThanOrEqual(FILE_STEM_MAX_BYTES);
    expect(long).toBe('é'.repeat(FILE_STEM_MAX_BYTES / 2));
    const emoji = stem('👩‍🔬'.repeat(100));
    expect(bytes(emoji)).toBeLessThanOrEqual(FILE_STEM_MAX_BYTES);
    expect(emoji.length % '👩‍🔬'.length).toBe(0);
  });
});

describe('exporting an event with a hostile name', () => {
  it('writes every file inside the chosen folder, under a name every system accepts', async () => {
    const project = exportEvent();
    const hostile = { ...project, event: { ...project.event, shortName: `..\\../NUL\u0000\u202e${'x'.repeat(300)}. ` } };
    const exported = await exportAndRead(hostile, 'fr', ['timetable']);
    try {
      expect(await readdir(exported.folder)).toEqual(exported.files);
      const [file] = exported.files;
      expect(file).toMatch(/^-\.\.-NUL-x+ - Programme\.xlsx$/);
      expect(bytes(file!)).toBeLessThanOrEqual(255);
    } finally {
      await rm(exported.folder, { recursive: true, force: true });
    }
  });
});
