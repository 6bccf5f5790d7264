import path from 'node:path';
import { isYamlFileName } from './load-scenario-files';
import { formatPath } from './problem';
import type { LocatedProblem } from './problem';

/** `scenarios/x/injects.yaml:214 injects[7].source.excerpt: expected ...`, paths relative to `base`. */
export function formatProblem(problem: LocatedProblem, base: string): string {
  // A problem no file holds (a missing top-level key) is placed on the folder.
  const file = isYamlFileName(problem.file)
    ? displayPath(problem.file, base)
    : `${displayPath(problem.file, base)}/`;
  const where = problem.line === undefined ? file : `${file}:${problem.line}`;
  const what = problem.path.length === 0 ? '' : ` ${formatPath(problem.path)}`;
  return `${where}${what}: ${problem.message}`;
}

/** A path as the user would type it from `base`. */
export function displayPath(file: string, base: string): string {
  return path.relative(base, file) || '.';
}

/** Problems in reading order: by file, then line. */
export function sortProblems(problems: LocatedProblem[]): LocatedProblem[] {
  return [...problems].sort(
    (first, second) =>
      first.file.localeCompare(second.file) || (first.line ?? 0) - (second.line ?? 0),
  );
}
