import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultArticlePath, validateScenario } from '@borderline/scenarios';
import {
  exportMsel,
  formatMselError,
  importMselIntoScenario,
} from '../../../../scenarios/src/msel';
import {
  editedExport,
  FIRST_SCENARIO_DIR,
  firstScenario,
  removeScenarioCopies,
  scenarioCopy,
  setCell,
  spreadsheetRow,
} from './msel-support';

afterAll(removeScenarioCopies);

const realInjects = readFileSync(path.join(FIRST_SCENARIO_DIR, 'injects.yaml'), 'utf8');
const articlePresent = existsSync(defaultArticlePath(firstScenario()));

/**
 * The article the excerpts are checked against: the real one beside the
 * repository, or, where it is absent (a clone without ../shared), a stand-in
 * holding each card's excerpt at its cited line, so the check still runs.
 */
function articleFileForTest(): string | undefined {
  if (articlePresent) return undefined;
  const lines: string[] = [];
  for (const card of firstScenario().injects) {
    const index = card.source.line - 1;
    while (lines.length <= index) lines.push('');
    lines[index] = `${lines[index] ?? ''} ${card.source.excerpt}`;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'borderline-article-'));
  articleDirs.push(dir);
  const file = path.join(dir, 'article.txt');
  // A closing line of filler words, so that the excerpts quote well under 15% of the stand-in
  // (as of the real article); the cited lines stay where they are.
  const filler = Array.from({ length: 1500 }, (_, i) => `filler${i}`).join(' ');
  writeFileSync(file, [...lines, filler].join('\n'));
  return file;
}
const articleDirs: string[] = [];
afterAll(() => articleDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function errorsOf(dir: string, csv: string, articleFile?: string): string[] {
  const result = importMselIntoScenario(dir, csv, articleFile === undefined ? {} : { articleFile });
  if (result.ok) throw new Error('expected the import to be refused');
  return result.errors.map(formatMselError);
}

describe('importMselIntoScenario on a copy of the first scenario', () => {
  it('writes the injects file so that the scenario reloads with the same cards and passes the checker', async () => {
    const dir = scenarioCopy();
    const file = path.join(dir, 'injects.yaml');
    const result = importMselIntoScenario(dir, exportMsel(firstScenario(), { bom: true }));
    expect(result).toMatchObject({ ok: true, file, written: true, ignoredColumns: [] });
    const text = readFileSync(file, 'utf8');
    expect(text).not.toBe(realInjects);
    const report = validateScenario(dir, { checkArticle: true });
    expect(report.problems).toEqual([]);
    expect(report.scenario?.injects).toStrictEqual(firstScenario().injects);
    // The header comment stays, each group of cards is labelled, and prettier has nothing to change.
    expect(text.startsWith('# Inject cards. Each is written in our own words')).toBe(true);
    expect(text).toMatch(/\n {2}# -{20,} move 0 \(practice\)\n {2}- id: six-cartels-designated\n/);
    expect(text).toMatch(/\n {2}# -{20,} triggered\n {2}- id: designations-reach-business\n/);
    expect(text).toContain('    release: { type: scheduled, move: 0 }\n');
    const inRepository = path.join(FIRST_SCENARIO_DIR, 'injects.yaml');
    const options = await resolveConfig(inRepository);
    expect(options?.singleQuote).toBe(true);
    expect(await format(text, { ...options, filepath: inRepository })).toBe(text);
  });

  it('writes nothing on a dry run', () => {
    const dir = scenarioCopy();
    const csv = editedExport((table) => {
      setCell(table, 'visas-revoked', 'Move', '3');
      setCell(table, 'visas-revoked', 'In-world time', '2026-04');
    });
    const result = importMselIntoScenario(dir, csv, { dryRun: true });
    expect(result.ok && result.written).toBe(false);
    expect(
      result.ok && result.injects.find((card) => card.id === 'visas-revoked')?.release,
    ).toEqual({
      type: 'scheduled',
      move: 3,
    });
    expect(readFileSync(path.join(dir, 'injects.yaml'), 'utf8')).toBe(realInjects);
  });

  it('refuses a card moved to a move whose months do not hold its date, on the date cell', () => {
    const dir = scenarioCopy();
    let row = 0;
    const csv = editedExport((table) => {
      row = spreadsheetRow(table, 'visas-revoked');
      setCell(table, 'visas-revoked', 'Move', '3');
    });
    expect(errorsOf(dir, csv)).toEqual([
      `row ${row}, column "In-world time": "2026-03" is outside move 3, which releases the card (it covers 2026-04 to 2026-05) (card field date)`,
    ]);
  });

  it('refuses a date on a card released by Control, and reads an empty date as none', () => {
    const dir = scenarioCopy();
    let row = 0;
    const csv = editedExport((table) => {
      row = spreadsheetRow(table, 'sovereignty-march');
      setCell(table, 'sovereignty-march', 'In-world time', '2026-03');
    });
    expect(errorsOf(dir, csv)).toEqual([
      `row ${row}, column "In-world time": a card released as "manual" carries no date (it shows the first month of the move that releases it); remove "2026-03" (card field date)`,
    ]);
    const result = importMselIntoScenario(
      dir,
      editedExport(() => undefined),
      { dryRun: true },
    );
    expect(
      result.ok && result.injects.find((card) => card.id === 'sovereignty-march')?.date,
    ).toBeUndefined();
  });

  it('refuses a further source the scenario does not list, on the "Also cites" cell', () => {
    const dir = scenarioCopy();
    let row = 0;
    const csv = editedExport((table) => {
      row = spreadsheetRow(table, 'tariff-shock');
      setCell(table, 'tariff-shock', 'Also cites', 'no-such-source: A finding.');
      setCell(table, 'tariff-shock', 'Also cites (es)', 'no-such-source: Un hallazgo.');
    });
    expect(errorsOf(dir, csv)).toEqual([
      `row ${row}, column "Also cites": unknown source "no-such-source" (otherSources: "win-without-war-2025") (card field alsoCites[0].source)`,
    ]);
  });

  it('reports the checker’s problems on the row and column of the card', () => {
    const dir = scenarioCopy();
    let row = 0;
    const csv = editedExport((table) => {
      row = spreadsheetRow(table, 'limited-strike-shockwaves');
      setCell(
        table,
        'limited-strike-shockwaves',
        'Trigger condition',
        '{"type":"track","track":"escalaton","atLeast":5}',
      );
      setCell(table, 'limited-strike-shockwaves', 'Objectives', 'escalation-awareness; deterrence');
      setCell(table, 'visas-revoked', 'Move', '9');
    });
    const errors = errorsOf(dir, csv);
    expect(errors).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^row ${row}, column "Trigger condition": unknown track "escalaton" \\(tracks: .*"escalation".*\\) \\(card field release\\.when\\.track\\)$`,
        ),
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^row ${row}, column "Objectives": unknown learning objective "deterrence" \\(learning objectives: .*\\) \\(card field objectives\\[1\\]\\)$`,
        ),
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^row \d+, column "Move": move 9 does not exist \(moves: .*\), so this inject is never released \(card field release\.move\)$/,
      ),
    );
    expect(readFileSync(path.join(dir, 'injects.yaml'), 'utf8')).toBe(realInjects);
  });

  it('reports a problem elsewhere in the scenario: an action that triggers a card no longer listed', () => {
    const dir = scenarioCopy();
    const csv = editedExport((table) => {
      const index = table.findIndex((row) => row.includes('tariff-shock'));
      table.splice(index, 1);
    });
    const errors = errorsOf(dir, csv);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    for (const error of errors) {
      expect(error).toMatch(
        /^scenario check: us-mexico-2026\/actions\.yaml:\d+ actions\[\d+\]\.on(Success|Failure)\.triggers\[0\]: unknown inject "tariff-shock"$/,
      );
    }
  });

  it('checks an edited excerpt against the article', () => {
    const dir = scenarioCopy();
    const articleFile = articleFileForTest();
    let row = 0;
    const csv = editedExport((table) => {
      row = spreadsheetRow(table, 'navy-capture');
      setCell(table, 'navy-capture', 'Excerpt', 'words the article never wrote');
    });
    expect(errorsOf(dir, csv, articleFile)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^row ${row}, column "Excerpt": excerpt not found at line \\d+ of article\\.txt \\(nor anywhere else in it, verbatim\\) \\(card field source\\.excerpt\\)$`,
        ),
      ),
    ]);
  });

  it('refuses a scenario that does not load, and a CSV that does not read, leaving the files alone', () => {
    const dir = scenarioCopy();
    writeFileSync(path.join(dir, 'tracks.yaml'), 'tracks: [\n');
    expect(errorsOf(dir, exportMsel(firstScenario()))[0]).toMatch(
      /^the scenario in .* does not load \(1 problems; the first: .*tracks\.yaml:\d+: YAML syntax: .*\); fix it \(npm run scenario:check\) before importing$/,
    );
    const good = scenarioCopy();
    expect(errorsOf(good, 'MSEL #,Title\r\n1,x\r\n')[0]).toMatch(
      /^row 1, column "Move": missing from the header/,
    );
    expect(readFileSync(path.join(good, 'injects.yaml'), 'utf8')).toBe(realInjects);
  });

  it('never touched the real scenario folder', () => {
    expect(readFileSync(path.join(FIRST_SCENARIO_DIR, 'injects.yaml'), 'utf8')).toBe(realInjects);
  });
});
