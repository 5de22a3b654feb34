/**
 * The 17 targeted projects of the PEPR Santé Numérique, grouped by the theme they mostly serve. The seed names
 * only SAFEPAW (organisational digital twins); the other acronyms are invented for the sample (assumed).
 */
export const SEED_PROJECT = 'SAFEPAW';

/** In the order of the four themes. */
export const PROJECTS_BY_THEME: readonly (readonly string[])[] = [
  ['LONGIPREC', 'COHORTIA', 'TRAJECTOIRE', 'EXPOSOME-NUM', 'CLINIFLOW'],
  ['SIGNALIS', 'IMAGINE-SN', 'ECHOSCOPE', 'NEUROTRACE'],
  [SEED_PROJECT, 'TWIN4CARE', 'JUMEAU-CŒUR', 'ORGANITWIN'],
  ['FEDERIS', 'PRIVASANTÉ', 'SECUREMED', 'DATASHIELD-SN'],
];

export const PROJECTS: readonly string[] = PROJECTS_BY_THEME.flat();

/** The project of the n-th item of a theme, taking the theme's projects in turn. */
export const projectOf = (themeIndex: number, n: number): string => {
  const projects = PROJECTS_BY_THEME[themeIndex] ?? PROJECTS;
  return projects[n % projects.length] as string;
};
