/** A language code as a name in the reader's language ("fr" -> "Français" / "French"): codes mean nothing to the venue's staff. */
const namers = new Map<string, Intl.DisplayNames>();

function namer(locale: string): Intl.DisplayNames {
  let found = namers.get(locale);
  if (!found) {
    found = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    namers.set(locale, found);
  }
  return found;
}

/** The name of a language, capitalised as a cell or a label starts; a code Intl does not know stays as typed. */
export function languageName(code: string, locale: string): string {
  const typed = code.trim();
  if (typed === '') return '';
  let name: string | undefined;
  try {
    name = namer(locale).of(typed);
  } catch {
    return typed;
  }
  return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : typed;
}
