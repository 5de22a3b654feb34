/** Synthetic names and affiliations (assumed): French and international, with the accents real lists have. */
import type { Random } from './random.ts';

export const FRENCH_FIRST_NAMES = [
  'Amélie', 'Antoine', 'Agnès', 'Benoît', 'Béatrice', 'Camille', 'Céline', 'Clément', 'Chloé', 'Damien',
  'Élise', 'Émilie', 'Étienne', 'Éric', 'Fanny', 'François', 'Françoise', 'Gaëlle', 'Grégoire', 'Hélène',
  'Hugo', 'Inès', 'Jérôme', 'Joël', 'Julien', 'Léa', 'Léo', 'Loïc', 'Lucie', 'Maëlle', 'Manon', 'Mathéo',
  'Mélanie', 'Noémie', 'Océane', 'Pierre', 'Raphaël', 'Rémi', 'Sébastien', 'Solène', 'Stéphanie', 'Thaïs',
  'Théo', 'Valérie', 'Victor', 'Zoé', 'Anaïs', 'Cécile', 'Jérémy', 'Maïwenn', 'Yannick', 'Nadège', 'Karim',
  'Yasmine', 'Mehdi', 'Sofiane', 'Aïcha', 'Nour', 'Kévin', 'Audrey',
] as const;

export const FRENCH_LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Lefèvre',
  'Garçon', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller',
  'Lefebvre', 'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François',
  'Legrand', 'Gauthier', 'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu',
  'Gaillard', 'Barbier', 'Arnaud', 'Roche', 'Renard', 'Schmitt', 'Colin', 'Vidal', 'Caron', 'Picard',
  'Le Gall', 'Le Bihan', 'Kerboriou', 'Hérault', 'Duchêne', 'Benaïssa', 'Haddad', 'Nguyen', 'Lemaître', 'Delattre',
  'Dewaele', 'Vandenbussche', 'Desmarais', 'Coëtlogon', 'Bourdon', 'Préville', 'Ménard', 'Cordier', 'Lécuyer', 'Brûlé',
] as const;

/** International colleagues: their badge and e-mails are in English. */
export const INTERNATIONAL_NAMES = [
  ['Jürgen', 'Müller'], ['Sofia', 'Åström'], ['João', 'Gonçalves'], ['Ingrid', 'Sørensen'], ['Chen', 'Wei'],
  ['Aleksandra', 'Wiśniewska'], ['Mehmet', 'Yılmaz'], ['Lucía', 'Fernández'], ['Matteo', 'Bianchi'],
  ['Priya', 'Raghavan'], ['Björn', 'Lindqvist'], ['Zoë', 'O’Connor'], ['Tomáš', 'Dvořák'], ['Anja', 'Schröder'],
  ['Kenji', 'Satō'], ['Eleni', 'Papadopoulou'], ['Rafael', 'Peña'], ['Hannah', 'Weiß'], ['Oluwaseun', 'Adébáyọ̀'],
  ['Sarah', 'Johnson'],
] as const;

export interface Affiliation {
  readonly name: string;
  readonly domain: string;
}

export const AFFILIATIONS: readonly Affiliation[] = [
  { name: 'Inria', domain: 'inria.fr' },
  { name: 'Inserm', domain: 'inserm.fr' },
  { name: 'CNRS', domain: 'cnrs.fr' },
  { name: 'CHU de Lille', domain: 'chu-lille.fr' },
  { name: 'Université de Lille', domain: 'univ-lille.fr' },
  { name: 'Université de Rennes', domain: 'univ-rennes.fr' },
  { name: 'Université de Bordeaux', domain: 'u-bordeaux.fr' },
  { name: 'CHU de Bordeaux', domain: 'chu-bordeaux.fr' },
  { name: 'Université Paris Cité', domain: 'u-paris.fr' },
  { name: 'Université Côte d’Azur', domain: 'univ-cotedazur.fr' },
  { name: 'Nantes Université', domain: 'univ-nantes.fr' },
  { name: 'AP-HP', domain: 'aphp.fr' },
  { name: 'IMT Atlantique', domain: 'imt-atlantique.fr' },
  { name: 'École des Mines Saint-Étienne', domain: 'emse.fr' },
  { name: 'CEA', domain: 'cea.fr' },
];

export const INTERNATIONAL_AFFILIATIONS: readonly Affiliation[] = [
  { name: 'KU Leuven', domain: 'kuleuven.be' },
  { name: 'Karolinska Institutet', domain: 'ki.se' },
  { name: 'University of Edinburgh', domain: 'ed.ac.uk' },
  { name: 'TU München', domain: 'tum.de' },
  { name: 'Universidade do Porto', domain: 'up.pt' },
  { name: 'Politecnico di Milano', domain: 'polimi.it' },
];

export interface SyntheticName {
  readonly firstName: string;
  readonly lastName: string;
  readonly affiliation: Affiliation;
  readonly language: 'fr' | 'en';
}

/** A name, affiliation and language; `internationalShare` of them are international and speak English. */
export function syntheticName(random: Random, internationalShare: number): SyntheticName {
  if (random.chance(internationalShare)) {
    const [firstName, lastName] = random.pick(INTERNATIONAL_NAMES);
    return { firstName, lastName, affiliation: random.pick(INTERNATIONAL_AFFILIATIONS), language: 'en' };
  }
  return {
    firstName: random.pick(FRENCH_FIRST_NAMES),
    lastName: random.pick(FRENCH_LAST_NAMES),
    affiliation: random.pick(AFFILIATIONS),
    language: 'fr',
  };
}

const emailParts = new Map<string, string>();

/** The part of an address made of the name: no accents, spaces or apostrophes. Names repeat: remember them. */
export function emailPart(name: string): string {
  let part = emailParts.get(name);
  if (part === undefined) {
    part = asciiName(name);
    emailParts.set(name, part);
  }
  return part;
}

const asciiName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Hands out e-mail addresses, numbering the second "jean.martin" so that each address is unique. */
export function emailBook(): (firstName: string, lastName: string, domain: string) => string {
  const used = new Set<string>();
  return (firstName, lastName, domain) => {
    const base = `${emailPart(firstName)}.${emailPart(lastName)}`;
    let address = `${base}@${domain}`;
    for (let n = 2; used.has(address); n++) address = `${base}${n}@${domain}`;
    used.add(address);
    return address;
  };
}
