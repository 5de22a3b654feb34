import { describe, expect, it } from 'vitest';
import { readDiet, readLanguage, readLanguages, readYesNo } from '../../../shared/import/index.ts';

describe('yes/no cells', () => {
  it.each(['oui', 'Oui', 'OUI', ' oui ', 'yes', 'Yes', 'x', 'X', ' x ', '1', 'true', 'TRUE', 'vrai', 'Vrai', '✓'])('reads "%s" as yes', (cell) => {
    expect(readYesNo(cell)).toBe(true);
  });
  it.each(['', '   ', 'non', 'Non ', 'NO', 'no', '0', 'false', 'FALSE', 'faux'])('reads "%s" as no', (cell) => {
    expect(readYesNo(cell)).toBe(false);
  });
  it.each(['peut-être', 'maybe', '2', 'oui?non', '=1'])('does not guess "%s"', (cell) => {
    expect(readYesNo(cell)).toBeNull();
  });
});

describe('known choices', () => {
  it('reads diets from French and English words, whatever the accents and case', () => {
    expect(readDiet('Végétarien')).toEqual({ diet: 'vegetarian', unknown: false });
    expect(readDiet('VEGAN')).toEqual({ diet: 'vegan', unknown: false });
    expect(readDiet('Sans gluten')).toEqual({ diet: 'gluten-free', unknown: false });
    expect(readDiet('gluten-free')).toEqual({ diet: 'gluten-free', unknown: false });
    expect(readDiet('halal')).toEqual({ diet: 'halal', unknown: false });
    expect(readDiet('casher')).toEqual({ diet: 'kosher', unknown: false });
    expect(readDiet('Aucun')).toEqual({ diet: 'none', unknown: false });
    expect(readDiet('pescétarien')).toEqual({ diet: 'other', unknown: true });
  });
  it('reads languages as codes and refuses unknown ones', () => {
    expect(readLanguage('Français')).toBe('fr');
    expect(readLanguage('english')).toBe('en');
    expect(readLanguage('EN')).toBe('en');
    expect(readLanguage('klingon')).toBeNull();
  });
});

describe('a list of languages typed by hand', () => {
  it('reads names and codes, in either language, once each', () => {
    expect(readLanguages('anglais, DE; English / nl')).toEqual({ codes: ['en', 'de', 'nl'], unknown: null });
    expect(readLanguages('  ')).toEqual({ codes: [], unknown: null });
  });
  it('names the first word it does not understand', () => {
    expect(readLanguages('en, klingon, de').unknown).toBe('klingon');
  });
});
