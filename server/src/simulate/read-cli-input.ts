import path from 'node:path';
import type { Scenario } from '@borderline/shared';
import { parseArgs, type CliOptions } from './cli-args';
import {
  listScenarioDirs,
  loadScenario,
  ScenarioError,
  scenariosRoot,
} from '@borderline/scenarios';

/** Loads the scenario, or says plainly why it cannot (unknown id, invalid files). */
export function scenarioFor(idOrFolder: string): Scenario | string {
  const dir = idOrFolder.includes('/')
    ? path.resolve(process.env.INIT_CWD ?? process.cwd(), idOrFolder)
    : path.join(scenariosRoot, idOrFolder);
  if (!idOrFolder.includes('/') && !listScenarioDirs().includes(dir)) {
    const known = listScenarioDirs().map((folder) => path.basename(folder));
    return `There is no scenario "${idOrFolder}". Installed: ${known.join(', ')}.`;
  }
  try {
    return loadScenario(dir);
  } catch (error) {
    if (error instanceof ScenarioError) return error.message;
    throw error;
  }
}

/**
 * The options and the scenario of a simulation command, or the exit code
 * after saying what was wrong (2) or printing the usage (0).
 */
export function readCliInput(
  argv: readonly string[],
  usage: string,
): { options: CliOptions; scenario: Scenario } | number {
  let options: CliOptions | null;
  try {
    options = parseArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (options === null) {
    console.log(usage);
    return 0;
  }
  const scenario = scenarioFor(options.scenario);
  if (typeof scenario === 'string') {
    console.error(scenario);
    return 2;
  }
  const formats = scenario.formats.map((format) => format.id);
  if (options.format !== undefined && !formats.includes(options.format)) {
    console.error(
      `The scenario has no format "${options.format}"; it has: ${formats.join(', ') || 'none'}.`,
    );
    return 2;
  }
  for (const team of Object.keys(options.temperaments)) {
    if (!scenario.teams.some((candidate) => candidate.id === team)) {
      console.error(`The scenario has no team "${team}".`);
      return 2;
    }
  }
  return { options, scenario };
}
