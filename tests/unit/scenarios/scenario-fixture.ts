import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocatedProblem, ScenarioReport } from '@borderline/scenarios';

export const fixturesDir = path.resolve(
  fileURLToPath(new URL('../../fixtures/scenarios', import.meta.url)),
);

/**
 * The fixture as the checks now want it, prepared once per test file in a
 * temporary folder (the fixture files themselves stay as they are): each
 * excerpt gets its Spanish translation, since the scenario declares "es", and
 * the article a closing paragraph, so that its five excerpts quote less than
 * 15% of its words.
 */
const EXCERPT_TRANSLATIONS: Record<string, string> = {
  'met at the border on Monday': 'se reunieron en la frontera el lunes',
  '“a grave provocation”': '“una grave provocación”',
  'agreed to a summit': 'aceptó una cumbre',
  'crowds gathered at the old bridge': 'las multitudes se reunieron en el viejo puente',
  'the soldiers dug in': 'los soldados se atrincheraron',
};
/** Appended to the article's last line, so that its lines stay where the excerpts cite them. */
export const ARTICLE_PADDING =
  'Neither capital would say what it planned to do next. Farmers on the southern bank ' +
  'kept their cattle away from the water, traders on the northern bank closed early, and ' +
  'the schools in both river towns sent the children home before noon. Diplomats from ' +
  'three neighbouring countries offered to carry messages, but no one asked them to. ' +
  'Radio stations on each side played music and little else, and the night trains were ' +
  'cancelled until further notice. Some families packed their cars and drove inland; ' +
  'others stayed, saying they had seen such weeks before and that they always ended. ' +
  'By Sunday evening the weather had turned cold, and the fog that came down over the ' +
  'valley hid both banks from each other until morning. Nobody could tell, in the grey ' +
  'light, whether anything had changed overnight, and the newspapers printed the same ' +
  'photographs of the bridge that they had printed all week long.';

const prepared = mkdtempSync(path.join(tmpdir(), 'borderline-fixture-'));
process.on('exit', () => rmSync(prepared, { recursive: true, force: true }));

/** A small valid scenario; each broken one is a copy of it with one defect. */
export const minimalDir = path.join(prepared, 'minimal');
/** The article its excerpts are taken from. */
export const minimalArticle = path.join(prepared, 'minimal-article.txt');

cpSync(path.join(fixturesDir, 'minimal'), minimalDir, { recursive: true });
const injectsFile = path.join(minimalDir, 'injects.yaml');
writeFileSync(
  injectsFile,
  readFileSync(injectsFile, 'utf8').replace(/^( {6})excerpt: (.*)$/gm, (line, indent, excerpt) => {
    const spanish = EXCERPT_TRANSLATIONS[String(excerpt)];
    if (spanish === undefined) throw new Error(`no translation for the excerpt ${String(excerpt)}`);
    return `${line}\n${String(indent)}translation: { es: '${spanish}' }`;
  }),
);
writeFileSync(
  minimalArticle,
  readFileSync(path.join(fixturesDir, 'minimal-article.txt'), 'utf8').replace(
    /banks\.\n$/,
    `banks. ${ARTICLE_PADDING}\n`,
  ),
);

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
