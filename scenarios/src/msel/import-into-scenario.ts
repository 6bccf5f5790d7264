import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { InjectCard } from '@borderline/shared';
import { formatProblem } from '../format-problem';
import { loadScenarioFiles } from '../load-scenario-files';
import type { LocatedProblem } from '../problem';
import { validateScenario } from '../validate-scenario';
import { cardProblem } from './card-issues';
import { importMsel } from './import-msel';
import type { MselError } from './msel-error';
import { injectsYaml } from './write-injects';

export interface MselImportOptions {
  /** Check everything, write nothing. */
  dryRun?: boolean;
  /** Check the excerpts against the article when it is there (default true), as `scenario:check` does. */
  checkArticle?: boolean;
  articleFile?: string;
}

export type MselImportResult =
  | {
      ok: true;
      /** The YAML file holding the scenario's `injects`. */
      file: string;
      injects: InjectCard[];
      written: boolean;
      ignoredColumns: string[];
    }
  | { ok: false; errors: MselError[] };

/**
 * Replaces the inject cards of the scenario in `dir` with those of the events list,
 * only when the cards read and the whole scenario then passes the checker. The check
 * runs on a temporary copy holding the new file, so that the real folder is written
 * once, and only with a file known to be good.
 */
export function importMselIntoScenario(
  dir: string,
  csvText: string,
  options: MselImportOptions = {},
): MselImportResult {
  const current = validateScenario(dir);
  if (current.scenario === undefined) {
    const first = current.problems[0];
    const example =
      first === undefined ? '' : `; the first: ${formatProblem(first, process.cwd())}`;
    return {
      ok: false,
      errors: [
        {
          message: `the scenario in ${dir} does not load (${current.problems.length} problems${example}); fix it (npm run scenario:check) before importing`,
        },
      ],
    };
  }
  const imported = importMsel(csvText, current.scenario);
  if (!imported.ok) return imported;
  const file = loadScenarioFiles(dir).locate(['injects']).file;
  const text = injectsYaml(file, imported.injects);
  const errors = checkInCopy(dir, path.relative(dir, file), text, imported, options);
  if (errors.length > 0) return { ok: false, errors };
  const written = options.dryRun !== true;
  if (written) writeAtomically(file, text);
  return {
    ok: true,
    file,
    injects: imported.injects,
    written,
    ignoredColumns: imported.ignoredColumns,
  };
}

function checkInCopy(
  dir: string,
  injectsFile: string,
  text: string,
  imported: { injects: InjectCard[]; rows: number[] },
  options: MselImportOptions,
): MselError[] {
  const temporary = mkdtempSync(path.join(tmpdir(), 'borderline-msel-'));
  try {
    const copy = path.join(temporary, path.basename(dir));
    cpSync(dir, copy, { recursive: true });
    writeFileSync(path.join(copy, injectsFile), text);
    const report = validateScenario(copy, {
      checkArticle: options.checkArticle ?? true,
      ...(options.articleFile === undefined ? {} : { articleFile: options.articleFile }),
    });
    const errors = report.problems.map((problem) =>
      placeProblem(problem, imported.rows, temporary),
    );
    if (errors.length === 0 && !isDeepStrictEqual(report.scenario?.injects, imported.injects)) {
      errors.push({
        message: `the written ${injectsFile} does not read back as the imported cards (a bug of the MSEL import); nothing was written`,
      });
    }
    return errors;
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

/** A checker problem inside card i goes to that card's row; any other names its file and line. */
function placeProblem(problem: LocatedProblem, rows: number[], base: string): MselError {
  const [list, index, ...rest] = problem.path;
  const row = list === 'injects' && typeof index === 'number' ? rows[index] : undefined;
  if (row !== undefined) return cardProblem(row, rest, problem.message);
  return { message: `scenario check: ${formatProblem(problem, base)}` };
}

/** Written beside, then renamed over: a crash mid-write never leaves half a file. */
function writeAtomically(file: string, text: string): void {
  const partial = `${file}.msel-partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}
