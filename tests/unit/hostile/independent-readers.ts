/** Readers of .xlsx files that share no code with exceljs: openpyxl (Python) and LibreOffice. Null when absent. */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PYTHON = '/usr/bin/python3';

/** Opens each workbook, reads every cell, sheet name and document property; prints one line per workbook. */
const OPENPYXL_SCRIPT = `
import sys, openpyxl
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path)
    cells = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells += sum(1 for v in row if v is not None)
    print(path.rsplit('/', 1)[-1], len(wb.worksheets), cells, repr(wb.properties.title))
`;

/** Why openpyxl cannot be used here, or null when it can. */
export async function openpyxlMissing(): Promise<string | null> {
  try {
    await run(PYTHON, ['-c', 'import openpyxl']);
    return null;
  } catch {
    return `openpyxl is not installed for ${PYTHON}: install it with \`apt-get install -y python3-openpyxl\` (CI does).`;
  }
}

/** One line per workbook: "<file> <sheets> <filled cells> <title>"; throws with openpyxl's own error when one does not open. */
export async function readWithOpenpyxl(files: readonly string[]): Promise<string[]> {
  const { stdout } = await run(PYTHON, ['-c', OPENPYXL_SCRIPT, ...files], { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim().split('\n');
}

export async function libreOfficeMissing(): Promise<string | null> {
  const version = await run('soffice', ['--version']).catch(() => null);
  return version ? null : 'LibreOffice (soffice) is not installed: install it with `apt-get install -y libreoffice-calc-nogui` (CI does).';
}

/** The CSV files LibreOffice managed to make: a workbook it cannot parse gives none. */
export async function convertWithLibreOffice(files: readonly string[]): Promise<string[]> {
  const out = await mkdtemp(join(tmpdir(), 'regie-lo-out-'));
  // A profile of its own, so this run never waits on another LibreOffice open on the machine.
  const profile = pathToFileURL(await mkdtemp(join(tmpdir(), 'regie-lo-profile-'))).href;
  await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv', '--outdir', out, ...files], { timeout: 170_000 });
  return (await readdir(out)).sort();
}
