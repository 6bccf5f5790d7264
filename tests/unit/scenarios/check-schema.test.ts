import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateScenario } from '@borderline/scenarios';
import {
  editedCopy,
  lineOf,
  onlyProblem,
  removeTemporaryFolders,
  replaceOnce,
} from './scenario-fixture';

afterAll(removeTemporaryFolders);

describe('schema check', () => {
  it('reports an unknown key on its own line', () => {
    const dir = editedCopy({
      'injects.yaml': replaceOnce(
        '    kind: intelligence-brief\n',
        '    kind: intelligence-brief\n    urgency: high\n',
      ),
    });
    const report = validateScenario(dir);
    const problem = onlyProblem(report);
    expect(problem.file).toBe(path.join(dir, 'injects.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'injects.yaml', 'urgency: high'));
    expect(problem.path).toEqual(['injects', 1, 'urgency']);
    expect(problem.message).toBe('unknown key "urgency"');
    expect(report.stoppedAt).toBe('schema');
    expect(report.scenario).toBeUndefined();
  });

  it('reports a missing required field on the object that lacks it', () => {
    // (A card's date may be left out: a card released by a trigger or by Control has none.)
    const dir = editedCopy({ 'injects.yaml': replaceOnce('    kind: statement\n', '') });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'injects.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'injects.yaml', '- id: summit-called'));
    expect(problem.path).toEqual(['injects', 2, 'kind']);
    expect(problem.message).toBe(
      'missing required key "kind" (expected "news", "intelligence-brief", "leak", "cable", "statement")',
    );
  });

  it('places a missing top-level key on the scenario folder', () => {
    const dir = editedCopy({ 'scenario.yaml': replaceOnce('durationMinutes: 90\n', '') });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(dir);
    expect(problem.line).toBeUndefined();
    expect(problem.path).toEqual(['durationMinutes']);
    expect(problem.message).toBe('missing required key "durationMinutes" (expected a number)');
  });

  it('reports a wrong type, saying what was expected and what was found', () => {
    const dir = editedCopy({ 'teams.yaml': replaceOnce('weight: 3', 'weight: heavy') });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'teams.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'teams.yaml', 'weight: heavy'));
    expect(problem.path).toEqual(['teams', 1, 'objectives', 0, 'weight']);
    expect(problem.message).toBe('expected a number, found text "heavy"');
  });

  it('names the allowed values of an unknown release type', () => {
    const dir = editedCopy({
      'injects.yaml': replaceOnce('{ type: manual }', '{ type: manually }'),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['injects', 4, 'release', 'type']);
    expect(problem.line).toBe(lineOf(dir, 'injects.yaml', 'type: manually'));
    expect(problem.message).toBe(
      'expected one of "scheduled", "triggered", "manual", found text "manually"',
    );
  });

  it('names both shapes an audience may take', () => {
    const dir = editedCopy({ 'injects.yaml': replaceOnce('audience: [north]', 'audience: 5') });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['injects', 1, 'audience']);
    expect(problem.message).toBe('expected "all" or a list, found 5');
  });

  it("keeps the schema's own messages", () => {
    const dir = editedCopy({ 'actions.yaml': replaceOnce('id: north-raid', 'id: North Raid') });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['actions', 1, 'id']);
    expect(problem.message).toBe('expected a kebab-case id such as "joint-operations"');
  });
});
