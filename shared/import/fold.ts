/** Comparison keys that ignore accents, case, punctuation and extra spaces ("Prénom :" = "prenom"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An e-mail as the key that identifies a person: trimmed, case-insensitive. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** True when `words` appears in `text` as whole words (both already folded). */
export function containsWords(text: string, words: string): boolean {
  return words !== '' && ` ${text} `.includes(` ${words} `);
}
