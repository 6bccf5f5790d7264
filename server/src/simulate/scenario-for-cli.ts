import path from 'node:path';
import type { Scenario } from '@borderline/shared';
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
