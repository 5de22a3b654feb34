/** Text compared as people mean it: the import's column names, the searches of the timetable and the participants. */
const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** Comparison keys that ignore accents, case, punctuation and extra spaces ("Prénom :" = "prenom"). */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most cells are plain ASCII words: skip the Unicode work, which dominates a 10,000-row import.
  if (PLAIN.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when `words` appears in `text` as whole words (both already folded). */
export function containsWords(text: string, words: string): boolean {
  return words !== '' && ` ${text} `.includes(` ${words} `);
}
