import { describe, expect, it } from 'vitest';
import { findHeaderRow, guessTargets, mappingFromTargets, prepareImport, targetsFromMapping } from '../../../shared/import/index.ts';
import { eventWithOptions } from '../../fixtures/project.ts';

const options = eventWithOptions().event.registrationOptions;

describe('column guesses', () => {
  it('maps French headers, accents and case aside', () => {
    const headers = ['NOM', 'Prénom', 'Courriel', 'Etablissement', 'Statut', 'Langue', 'Régime alimentaire', 'Allergies', 'Accessibilité', 'Accompagné de'];
    expect(guessTargets(headers, options)).toEqual([
      'lastName', 'firstName', 'email', 'affiliation', 'role', 'language', 'diet', 'allergies', 'accessibility', 'companion',
    ]);
  });

  it('maps English headers', () => {
    const headers = ['Last name', 'First name', 'E-mail', 'Affiliation', 'Role', 'Language', 'Diet', 'Accessibility', 'Companion'];
    expect(guessTargets(headers, options)).toEqual([
      'lastName', 'firstName', 'email', 'affiliation', 'role', 'language', 'diet', 'accessibility', 'companion',
    ]);
  });

  it('finds registration options by date, label, kind and workshop number', () => {
    const headers = ['14/10', '15/10/2025', 'Soirée', 'Visite guidée', 'Atelier 2', 'Workshop 3', 'Atelier'];
    expect(guessTargets(headers, options)).toEqual([
      'registration:day-1', 'registration:day-2', 'registration:evening', 'registration:tour', 'registration:ws-2', 'registration:ws-3',
      // "Atelier" alone could be any of three: left for the organiser to choose.
      null,
    ]);
  });

  it('gives a field to one column only and leaves unknown headers unmapped', () => {
    expect(guessTargets(['Mail', 'E-mail', 'Téléphone', ''], options)).toEqual(['email', null, null, null]);
  });

  it('prefers the column that names a field exactly: a ticketing export’s attendee over its buyer', () => {
    const headers = ['N° commande', 'Nom acheteur', 'Prénom acheteur', 'Email acheteur', 'Nom', 'Prénom', 'Email', 'Company', 'Job title', 'Autres langues'];
    expect(guessTargets(headers, options)).toEqual([null, null, null, null, 'lastName', 'firstName', 'email', 'affiliation', 'role', 'otherLanguages']);
    // Without the attendee's own columns, the buyer's are the person's.
    expect(guessTargets(['Nom acheteur', 'Email acheteur'], options)).toEqual(['lastName', 'email']);
  });

  it('reuses a saved mapping by header name, even for a header no guess would find', () => {
    const headers = ['Identité', 'Prénom', 'Adresse de contact', 'Ateliers choisis'];
    const saved = { name: 'Plateforme', columns: { lastName: 'Identité', email: 'Adresse de contact', 'registration:ws-1': 'Ateliers choisis' } };
    expect(targetsFromMapping(headers, saved, options)).toEqual(['lastName', 'firstName', 'email', 'registration:ws-1']);
    expect(mappingFromTargets('Plateforme', headers, ['lastName', 'firstName', 'email', null])).toEqual({
      name: 'Plateforme',
      columns: { lastName: 'Identité', firstName: 'Prénom', email: 'Adresse de contact' },
    });
  });

  it('prepares the next import with the saved mapping that fits the file', () => {
    const project = eventWithOptions();
    project.settings.importMappings.push({ name: 'Plateforme', columns: { lastName: 'Identité', email: 'Adresse de contact' } });
    const prepared = prepareImport(project, [['Identité', 'Adresse de contact', 'Prénom']]);
    expect(prepared.mappingName).toBe('Plateforme');
    expect(prepared.targets).toEqual(['lastName', 'email', 'firstName']);
  });
});

describe('header row', () => {
  it('is found below a title line and blank lines', () => {
    const rows = [['Journées annuelles 2025 — inscrits'], [], ['', ''], ['Nom', 'Prénom', 'Courriel', 'Soirée'], ['Dupont', 'Jean', 'j@x.fr', 'oui']];
    expect(findHeaderRow(rows, options)).toBe(3);
  });
  it('falls back to the widest first row when no header is known', () => {
    expect(findHeaderRow([['Liste'], ['A', 'B', 'C'], ['1', '2', '3']], options)).toBe(1);
  });
});
