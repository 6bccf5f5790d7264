import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  listScenarioDirs,
  loadAllScenarios,
  loadScenario,
  ScenarioError,
  scenariosRoot,
} from '@borderline/scenarios';
import {
  editedCopy,
  minimalDir,
  removeTemporaryFolders,
  replaceOnce,
  temporaryFolder,
} from './scenario-fixture';

afterAll(removeTemporaryFolders);

/** A scenarios/ folder holding copies of the minimal scenario, and folders that are not scenarios. */
function scenariosFolder(copies: string[]): string {
  const root = temporaryFolder();
  for (const name of copies) cpSync(minimalDir, path.join(root, name), { recursive: true });
  mkdirSync(path.join(root, 'src'));
  writeFileSync(path.join(root, 'src', 'index.ts'), 'export {};\n');
  mkdirSync(path.join(root, 'node_modules', 'yaml'), { recursive: true });
  writeFileSync(path.join(root, 'node_modules', 'yaml', 'config.yaml'), 'a: 1\n');
  writeFileSync(path.join(root, 'stray.yaml'), 'a: 1\n');
  return root;
}

describe('loadScenario', () => {
  it('returns the scenario with its defaults filled in', () => {
    const scenario = loadScenario(minimalDir);
    expect(scenario.id).toBe('minimal');
    expect(scenario.teams.map((team) => team.id)).toEqual(['north', 'south']);
    expect(scenario.actions[2]?.costs).toEqual([]);
    expect(scenario.actions[0]?.limitPerMove).toBe(1);
  });

  it('does not check the article (the product runs without it)', () => {
    // The fixture's excerpts come from its own small article, not from any seed article.
    expect(() => loadScenario(minimalDir)).not.toThrow();
  });

  it('throws a ScenarioError listing each problem as file:line path: message', () => {
    const dir = editedCopy({ 'actions.yaml': replaceOnce('set: 1', 'set: 12') });
    let caught: unknown;
    try {
      loadScenario(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScenarioError);
    const error = caught as ScenarioError;
    expect(error.problems).toHaveLength(1);
    expect(error.message).toMatch(/^scenario .*minimal is invalid \(1 problem\):\n/);
    expect(error.message).toMatch(
      /minimal\/actions\.yaml:\d+ actions\[2\]\.onSuccess\.effects\[0\]\.set: set 12 is outside the range of track "escalation" \(0 to 10\)$/,
    );
  });
});

describe('listScenarioDirs and loadAllScenarios', () => {
  it('lists only the folders that hold YAML files, skipping node_modules', () => {
    const root = scenariosFolder(['beta', 'alpha']);
    expect(listScenarioDirs(root)).toEqual([path.join(root, 'alpha'), path.join(root, 'beta')]);
  });

  it('loads every scenario under a root', () => {
    const root = scenariosFolder(['alpha']);
    expect(loadAllScenarios(root).map((scenario) => scenario.id)).toEqual(['minimal']);
  });

  it('refuses two scenarios with the same id', () => {
    const root = scenariosFolder(['alpha', 'beta']);
    expect(() => loadAllScenarios(root)).toThrow(/two scenario folders .* use the id "minimal"/);
  });

  it('throws one error naming the problems of every invalid scenario', () => {
    const root = scenariosFolder(['alpha']);
    cpSync(
      editedCopy({ 'moves.yaml': replaceOnce('number: 2', 'number: 3') }),
      path.join(root, 'beta'),
      {
        recursive: true,
      },
    );
    expect(() => loadAllScenarios(root)).toThrow(
      /beta\/moves\.yaml:\d+ moves\[2\]\.number: expected move 2 here/,
    );
  });

  it('knows where the scenarios folder is, whatever the working directory', () => {
    expect(path.basename(scenariosRoot)).toBe('scenarios');
    expect(existsSync(path.join(scenariosRoot, 'package.json'))).toBe(true);
    expect(existsSync(path.join(scenariosRoot, 'src', 'index.ts'))).toBe(true);
  });
});
