import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocatedProblem, ScenarioReport } from '@borderline/scenarios';

export const fixturesDir = path.resolve(
  fileURLToPath(new URL('../../fixtures/scenarios', import.meta.url)),
);
/** A small valid scenario; each broken one is a copy of it with one defect. */
export const minimalDir = path.join(fixturesDir, 'minimal');
/** The article its excerpts are taken from. */
export const minimalArticle = path.join(fixturesDir, 'minimal-article.txt');

const copies: string[] = [];

/** A fresh temporary folder, removed by `removeTemporaryFolders`. */
export function temporaryFolder(prefix = 'borderline-scenario-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  copies.push(dir);
  return dir;
}

/** A copy of the minimal scenario with each file's text passed through its edit (a new file starts empty). */
export function editedCopy(edits: Record<string, (text: string) => string> = {}): string {
  const dir = path.join(temporaryFolder(), 'minimal');
  cpSync(minimalDir, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    writeFileSync(target, edit(existsSync(target) ? readFileSync(target, 'utf8') : ''));
  }
  return dir;
}

export function removeTemporaryFolders(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Replaces the one occurrence of `from`; fails loudly if the fixture no longer holds it. */
export function replaceOnce(from: string, to: string): (text: string) => string {
  return (text) => {
    const at = text.indexOf(from);
    if (at === -1 || text.indexOf(from, at + 1) !== -1) {
      throw new Error(`expected exactly one ${JSON.stringify(from)} in the fixture`);
    }
    return text.slice(0, at) + to + text.slice(at + from.length);
  };
}

/** The 1-based line of the first line of `dir/file` holding `marker` (its `occurrence`-th, from 1). */
export function lineOf(dir: string, file: string, marker: string, occurrence = 1): number {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
  const matches = lines.flatMap((line, index) => (line.includes(marker) ? [index + 1] : []));
  const line = matches[occurrence - 1];
  if (line === undefined) throw new Error(`no ${JSON.stringify(marker)} in ${file}`);
  return line;
}

/** The report's only problem (failing the test, with the list, when there is not exactly one). */
export function onlyProblem(report: ScenarioReport): LocatedProblem {
  const [problem, ...others] = report.problems;
  if (problem === undefined || others.length > 0) {
    throw new Error(
      `expected exactly one problem, found ${JSON.stringify(report.problems, null, 2)}`,
    );
  }
  return problem;
}

/** The problem at `path` (failing the test, with the list, when there is none). */
export function problemAt(report: ScenarioReport, path: (string | number)[]): LocatedProblem {
  const found = report.problems.find(
    (problem) => JSON.stringify(problem.path) === JSON.stringify(path),
  );
  if (found === undefined) {
    throw new Error(
      `no problem at ${JSON.stringify(path)} in ${JSON.stringify(report.problems, null, 2)}`,
    );
  }
  return found;
}
