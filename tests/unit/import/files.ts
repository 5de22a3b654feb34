/** Registration lists in the shapes organisers really get, written to a temp folder. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export const tempFolder = (): Promise<string> => mkdtemp(join(tmpdir(), 'regie-import-'));

/** French Excel's "CSV (séparateur : point-virgule)": Windows-1252, semicolons, title, blank and total lines. */
export const FRENCH_EXCEL_CSV = [
  'Journées annuelles PEPR Santé Numérique — inscrits;;;;;;;;',
  ';;;;;;;;',
  'Nom;Prénom;Courriel;Établissement;Téléphone;Code postal;14/10;Soirée;Régime',
  'Lefèvre;François;francois.lefevre@univ-lille.fr;Université de Lille;+33 6 12 34 56 78;05000;Oui;X;végétarien',
  'Cœur;Zoé;zoe.coeur@inserm.fr;Inserm;0612345678;59000;oui ;;',
  ';;;;;;;;',
  'Müller;Jürgen;juergen.mueller@inria;Inria;;;1;0;',
  'Total;;;;;;2;1;',
  '',
].join('\r\n');

/** A UTF-8 CSV with BOM and commas, a quoted note with a line break, a duplicate and a formula-like name. */
export const BOM_COMMA_CSV = [
  'Last name,First name,E-mail,Affiliation,Notes,Social evening',
  'Durand,Alice,alice.durand@chu-bordeaux.fr,CHU de Bordeaux,"Arrives late,',
  'from Rennes",yes',
  '"=HYPERLINK(""http://evil.example"",""click"")",Bob,bob@inria.fr,Inria,,no',
  'Martin,Chloé,not-an-email,Inserm,,yes',
  'Durand,Alice, Alice.Durand@CHU-Bordeaux.fr ,CHU Bordeaux,,yes',
  '+33 6 00 00 00 00,Carl,carl@cnrs.fr,CNRS,,maybe',
].join('\n');

export async function writeFrenchExcelCsv(folder: string): Promise<string> {
  const path = join(folder, 'inscrits-excel.csv');
  await writeFile(path, iconv.encode(FRENCH_EXCEL_CSV, 'win1252'));
  return path;
}

export async function writeBomCommaCsv(folder: string): Promise<string> {
  const path = join(folder, 'registrations.csv');
  await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BOM_COMMA_CSV, 'utf8')]));
  return path;
}

/** A workbook as a colleague makes it: a title in A1, a blank row, French headers, a total at the bottom. */
export async function writeWorkbook(folder: string, name = 'inscrits.xlsx'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Inscrits');
  sheet.addRow(['Liste des inscrits — Journées annuelles 2025']);
  sheet.addRow([]);
  sheet.addRow(['Nom', 'Prénom', 'Courriel', 'Établissement', 'Téléphone', 'Visite guidée', 'Atelier 2', 'Accompagné de', 'Inscrit le']);
  sheet.addRow(['Senhadji', 'Lotfi', 'lotfi.senhadji@univ-rennes.fr', 'Univ. Rennes', '+33 2 99 00 00 00', 'Oui', 'x', '', new Date(Date.UTC(2025, 8, 1))]);
  sheet.addRow(['=1+1', 'Ève', 'eve@inria.fr', 'Inria', 612345678, 'oui', 'non', 'lotfi.senhadji@univ-rennes.fr', null]);
  sheet.addRow(['Gesnouin', 'Philippe', 'philippe.gesnouin@inria.fr', 'Inria', null, true, false, 'Lotfi Senhadji', null]);
  sheet.addRow(['Vide', '', 'vide@x.fr', '', '', 'peut-être', '', '', '']);
  sheet.addRow([]);
  sheet.addRow(['TOTAL', '', '', '', '', 3, 1]);
  const path = join(folder, name);
  await workbook.xlsx.writeFile(path);
  return path;
}
