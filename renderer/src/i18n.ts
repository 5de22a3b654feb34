/** The renderer's i18next instance: the shared catalogue, French or English, switchable at run time. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { addFormats, i18nOptions, pickLanguage } from '../../shared/i18n/index.ts';
import type { Language } from '../../shared/i18n/languages.ts';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  ...i18nOptions,
  // Until the main process says which language the user chose, follow the system.
  lng: pickLanguage(navigator.language),
  initAsync: false,
  react: { useSuspense: false },
});
addFormats(i18n);

/** Switches every label, and the page's lang attribute for screen readers and hyphenation. */
export async function applyLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
