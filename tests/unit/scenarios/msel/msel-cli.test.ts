import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scenariosRoot, validateScenario } from '@borderline/scenarios';
import { exportMsel, runMsel } from '../../../../scenarios/src/msel';
import {
  editedExport,
  FIRST_SCENARIO_DIR,
  firstScenario,
  removeScenarioCopies,
  scenarioCopy,
  setCell,
  spreadsheetRow,
  temporaryFolder,
} from './msel-support';

afterAll(removeScenarioCopies);

const repoRoot = path.dirname(scenariosRoot);

function msel(args: string[], cwd = repoRoot): { code: number; out: string; err: string[] } {
  let out = '';
  const err: string[] = [];
  const code = runMsel(args, { out: (text) => (out += text), err: (line) => err.push(line), cwd });
  return { code, out, err };
}

describe('runMsel', () => {
  it('prints the usage with exit 0, and refuses bad usage with exit 2', () => {
    expect(msel(['--help'])).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^usage:\n {2}npm run msel -- export/),
    });
    expect(msel(['publish']).code).toBe(2);
    expect(msel(['publish']).err[0]).toMatch(
      /^unknown command "publish" \(expected "export" or "import"\)\n\nusage:/,
    );
    expect(msel(['export']).err[0]).toMatch(/^export needs --scenario <id\|folder>/);
    expect(msel(['import', '--scenario', 'us-mexico-2026']).err[0]).toMatch(
      /^import needs --file <file\.csv>/,
    );
    expect(msel(['export', '--scenario', 'us-mexico-2026', '--dry-run']).err[0]).toMatch(
      /^unknown option --dry-run for export/,
    );
    const unknown = msel(['export', '--scenario', 'atlantis']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toEqual([
      'no scenario "atlantis": expected a scenario id (us-mexico-2026) or a scenario folder',
    ]);
  });

  it('exports to stdout by default, and to a file with a BOM', () => {
    const stdout = msel(['export', '--scenario', 'us-mexico-2026']);
    expect(stdout).toEqual({ code: 0, out: exportMsel(firstScenario()), err: [] });
    const dir = temporaryFolder();
    const file = msel(['export', '--scenario=us-mexico-2026', '--out', 'msel.csv'], dir);
    expect(file.code).toBe(0);
    expect(file.err).toEqual(['wrote 41 inject cards to msel.csv']);
    expect(readFileSync(path.join(dir, 'msel.csv'), 'utf8')).toBe(
      `\uFEFF${exportMsel(firstScenario())}`,
    );
  });

  it('checks without writing on --dry-run, and notes the columns it ignored', () => {
    const copy = scenarioCopy();
    const before = readFileSync(path.join(copy, 'injects.yaml'), 'utf8');
    const csv = editedExport((table) =>
      table.forEach((row, i) => row.push(i === 0 ? 'Notes' : '')),
    );
    writeFileSync(path.join(path.dirname(copy), 'msel.csv'), csv);
    // "./": a folder; a bare id would name the real scenarios/us-mexico-2026.
    const args = ['import', '--scenario', './us-mexico-2026', '--file', 'msel.csv', '--dry-run'];
    const result = msel(args, path.dirname(copy));
    expect(result.code).toBe(0);
    expect(result.err).toEqual(['note: ignored column "Notes" (not read by Borderline)']);
    expect(result.out).toBe(
      'dry run: 41 inject cards read and the scenario passes the checker; us-mexico-2026/injects.yaml left unchanged\n',
    );
    expect(readFileSync(path.join(copy, 'injects.yaml'), 'utf8')).toBe(before);
  });
});

describe('msel-cli as a process', () => {
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  const cli = path.join(scenariosRoot, 'src', 'msel', 'msel-cli.ts');
  const run = (args: string[], cwd: string) =>
    spawnSync(tsx, [cli, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: cwd },
    });
  const realInjects = readFileSync(path.join(FIRST_SCENARIO_DIR, 'injects.yaml'), 'utf8');

  it('round-trips on a temporary copy: export, then import gives the same inject cards', () => {
    const copy = scenarioCopy();
    const cwd = path.dirname(copy);
    const exported = run(['export', '--scenario', 'us-mexico-2026', '--out', 'msel.csv'], cwd);
    expect(exported.stderr).toBe('wrote 41 inject cards to msel.csv\n');
    expect(exported.status).toBe(0);
    const imported = run(['import', '--scenario', copy, '--file', 'msel.csv'], cwd);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe('imported 41 inject cards into us-mexico-2026/injects.yaml\n');
    expect(imported.status).toBe(0);
    const report = validateScenario(copy, { checkArticle: true });
    expect(report.problems).toEqual([]);
    expect(report.scenario?.injects).toStrictEqual(firstScenario().injects);
    expect(readFileSync(path.join(FIRST_SCENARIO_DIR, 'injects.yaml'), 'utf8')).toBe(realInjects);
  });

  it('refuses a broken file with exit code 1 and the errors on stderr, leaving the scenario alone', () => {
    const copy = scenarioCopy();
    const cwd = path.dirname(copy);
    let row = 0;
    const csv = editedExport((table) => {
      row = spreadsheetRow(table, 'navy-capture');
      setCell(table, 'navy-capture', 'Kind', 'Memo');
      setCell(table, 'navy-capture', 'Source line', 'twelve');
    });
    writeFileSync(path.join(cwd, 'broken.csv'), csv);
    const result = run(['import', '--scenario', copy, '--file', 'broken.csv'], cwd);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `broken.csv: row ${row}, column "Kind": unknown kind "Memo" (expected one of "News", "Intelligence brief", "Leak", "Cable", "Statement")`,
      `broken.csv: row ${row}, column "Source line": expected a positive whole number (the line of the article the card cites), found "twelve"`,
      '2 errors; the scenario was not changed',
    ]);
    expect(readFileSync(path.join(copy, 'injects.yaml'), 'utf8')).toBe(realInjects);
  });
});
