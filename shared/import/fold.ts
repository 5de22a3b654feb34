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

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/;

/** One rule for an e-mail address, the same in an imported list and in the participant form. */
export const isEmail = (text: string): boolean => EMAIL.test(text);

/** An e-mail as the key that identifies a person: trimmed, case-insensitive. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** True when `words` appears in `text` as whole words (both already folded). */
export function containsWords(text: string, words: string): boolean {
  return words !== '' && ` ${text} `.includes(` ${words} `);
}
