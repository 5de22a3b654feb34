import { describe, expect, it } from 'vitest';
import { languageName } from '../../../shared/i18n/language-names.ts';

describe('language names', () => {
  it('names a code in the reader’s language, capitalised', () => {
    expect(languageName('fr', 'fr')).toBe('Français');
    expect(languageName('en', 'fr')).toBe('Anglais');
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName(' DE ', 'en')).toBe('German');
  });

  it('keeps what was typed when it is not a language code', () => {
    expect(languageName('zz', 'en')).toBe('zz');
    expect(languageName('not a code!', 'fr')).toBe('not a code!');
    expect(languageName('  ', 'fr')).toBe('');
  });
});
