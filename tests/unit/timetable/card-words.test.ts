/** What a card says, translated once per language for every card: the same words as the catalogue gives one by one. */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n/index.ts';
import { cardWords } from '../../../renderer/src/features/timetable/card-words.ts';

describe('card words', () => {
  const en = cardWords(createI18n('en').t);
  const fr = cardWords(createI18n('fr').t);

  it('name the kind of session and its expected audience in the language, one person or more', () => {
    expect(en.kind('talk')).toBe('Talk');
    expect(fr.kind('workshop')).toBe('Atelier');
    expect(en.audience(120)).toBe('120 people expected');
    expect(en.audience(85)).toBe('85 people expected');
    expect(fr.audience(120)).toBe('120 personnes attendues');
    expect(en.audience(1)).toBe('1 person expected');
    expect(fr.audience(1)).toBe('1 personne attendue');
  });

  it('put the speakers and the title in their sentence as written, whatever characters they hold', () => {
    expect(en.speakers('Élodie Dupré, Alan Turing')).toBe('with Élodie Dupré, Alan Turing');
    expect(fr.speakers('Ada $& Lovelace')).toBe('avec Ada $& Lovelace');
    expect(en.resize('Data $1 & “science”', 45)).toBe('Change the duration of “Data $1 & “science”” (45 min)');
    expect(fr.resize('Ouverture', 30)).toBe('Changer la durée de « Ouverture » (30 min)');
  });

  it('count a card’s findings by severity, singular and plural, and name its button with them and the title', () => {
    expect(en.findingsCount('error', 1)).toBe('1 error');
    expect(en.findingsCount('warning', 3)).toBe('3 warnings');
    expect(fr.findingsCount('error', 2)).toBe('2 erreurs');
    const summary = `${en.findingsCount('error', 1)}, ${en.findingsCount('warning', 2)}`;
    expect(en.findingsOpen(summary, 'Opening $&')).toBe('1 error, 2 warnings on “Opening $&”: show them');
    expect(fr.findingsOpen(fr.findingsCount('info', 1), 'Ouverture')).toBe('1 information sur « Ouverture » : afficher le détail');
  });
});
