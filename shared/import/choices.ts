/** Known choices read from French and English words: diet and language. */
import type { Diet } from '../model/schema.ts';
import { fold } from '../model/fold.ts';

const DIET_WORDS: Readonly<Record<string, Diet>> = {
  aucun: 'none', aucune: 'none', none: 'none', non: 'none', no: 'none', standard: 'none', normal: 'none',
  normale: 'none', omnivore: 'none', classique: 'none', 'sans regime': 'none', 'pas de regime': 'none',
  'no restriction': 'none', 'no restrictions': 'none', 'rien': 'none',
  vegetarien: 'vegetarian', vegetarienne: 'vegetarian', vegetarian: 'vegetarian', veggie: 'vegetarian',
  vegan: 'vegan', vegane: 'vegan', vegetalien: 'vegan', vegetalienne: 'vegan',
  halal: 'halal',
  casher: 'kosher', cacher: 'kosher', kasher: 'kosher', kosher: 'kosher',
  'sans gluten': 'gluten-free', 'gluten free': 'gluten-free', glutenfree: 'gluten-free', 'gluten-free': 'gluten-free',
  coeliaque: 'gluten-free', celiac: 'gluten-free', coeliac: 'gluten-free',
};

/** A diet cell: a known diet, or 'other' with the words kept for the caterer. */
export function readDiet(cell: string): { readonly diet: Diet; readonly unknown: boolean } {
  let read = dietsSeen.get(cell);
  if (!read) {
    const known = DIET_WORDS[fold(cell)];
    read = known ? { diet: known, unknown: false } : { diet: 'other', unknown: true };
    // A list repeats a handful of spellings thousands of times; the cache stays small on any real file.
    if (dietsSeen.size < 1000) dietsSeen.set(cell, read);
  }
  return read;
}

const dietsSeen = new Map<string, { readonly diet: Diet; readonly unknown: boolean }>();

const LANGUAGE_WORDS: Readonly<Record<string, string>> = {
  fr: 'fr', fra: 'fr', francais: 'fr', francaise: 'fr', french: 'fr',
  en: 'en', eng: 'en', anglais: 'en', anglaise: 'en', english: 'en',
  es: 'es', espagnol: 'es', spanish: 'es', espanol: 'es',
  de: 'de', allemand: 'de', german: 'de', deutsch: 'de',
  it: 'it', italien: 'it', italian: 'it', italiano: 'it',
  pt: 'pt', portugais: 'pt', portuguese: 'pt',
};

/** A language cell as a code ("Français" → "fr"), or null when the word is not known. */
export function readLanguage(cell: string): string | null {
  return LANGUAGE_WORDS[fold(cell)] ?? null;
}

/** Languages typed by a person ("anglais, de") as codes, every one understood, and the first word not understood, if any. */
export function readLanguages(text: string): { codes: string[]; unknown: string | null } {
  const codes: string[] = [];
  let unknown: string | null = null;
  for (const part of text.split(/[,;/]/).map((p) => p.trim()).filter((p) => p !== '')) {
    const code = readLanguage(part) ?? (/^[a-z]{2,3}$/i.test(part) ? part.toLowerCase() : null);
    if (code === null) unknown ??= part;
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}
