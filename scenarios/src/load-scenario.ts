import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Scenario } from '@borderline/shared';
import { displayPath, formatProblem } from './format-problem';
import { listYamlFiles } from './load-scenario-files';
import type { LocatedProblem } from './problem';
import { scenariosRoot } from './scenarios-root';
import { validateScenario } from './validate-scenario';

/** A scenario that cannot be played; the message lists every problem as `file:line path: message`. */
export class ScenarioError extends Error {
  readonly problems: LocatedProblem[];

  constructor(problems: LocatedProblem[], summary: string) {
    const base = process.cwd();
    const lines = problems.map((problem) => `  ${formatProblem(problem, base)}`);
    super([summary, ...lines].join('\n'));
    this.name = 'ScenarioError';
    this.problems = problems;
  }
}

/**
 * Loads and validates one scenario folder for the server: the schema and the
 * reference checks, not the article (which the product does not ship).
 */
export function loadScenario(dir: string): Scenario {
  const report = validateScenario(dir);
  if (report.scenario === undefined || report.problems.length > 0) {
    throw new ScenarioError(report.problems, invalidSummary(report.dir, report.problems.length));
  }
  return report.scenario;
}

/** The folders under `root` that hold at least one YAML file, sorted by name. */
export function listScenarioDirs(root: string = scenariosRoot): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !isIgnoredFolder(entry.name))
    .map((entry) => path.join(root, entry.name))
    .filter((dir) => listYamlFiles(dir).length > 0)
    .sort();
}

/** Every scenario under `root`; throws one error listing the problems of all invalid ones. */
export function loadAllScenarios(root: string = scenariosRoot): Scenario[] {
  const reports = listScenarioDirs(root).map((dir) => validateScenario(dir));
  const problems = reports.flatMap((report) => report.problems);
  if (problems.length > 0) {
    const invalid = reports
      .filter((report) => report.problems.length > 0)
      .map((report) => report.dir);
    const names = invalid.map((dir) => displayPath(dir, process.cwd())).join(', ');
    throw new ScenarioError(problems, `invalid scenarios (${names}): ${problems.length} problems`);
  }
  const scenarios = reports.flatMap((report) =>
    report.scenario === undefined ? [] : [report.scenario],
  );
  const duplicate = scenarios.find(
    (scenario, i) => scenarios.findIndex((s) => s.id === scenario.id) !== i,
  );
  if (duplicate !== undefined) {
    throw new ScenarioError([], `two scenario folders under ${root} use the id "${duplicate.id}"`);
  }
  return scenarios;
}

/** Dependencies and hidden folders (.git, editor state) are never scenarios. */
function isIgnoredFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

function invalidSummary(dir: string, count: number): string {
  return `scenario ${displayPath(dir, process.cwd())} is invalid (${count} problem${count === 1 ? '' : 's'}):`;
}
