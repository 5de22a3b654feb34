/** French is each area's source text; English must have exactly its keys, so a missing or extra key fails the typecheck. */

/** An area's texts: nested groups of keys, each key a sentence (plural forms as key_one / key_other). */
export interface Texts {
  readonly [key: string]: string | Texts;
}

/** French's keys, with any English sentence in place of each French one. */
export type Translation<French> = { readonly [Key in keyof French]: French[Key] extends string ? string : Translation<French[Key]> };

/** One area's catalogue: `fr` sets the keys, `en` is checked against them (plurals too: both languages use _one and _other). */
export function areaTexts<const French extends Texts>(texts: {
  readonly fr: French;
  readonly en: NoInfer<Translation<French>>;
}): { readonly fr: French; readonly en: Translation<French> } {
  return texts;
}
