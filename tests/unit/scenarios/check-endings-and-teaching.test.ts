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

describe('endings check', () => {
  it('requires the last final ending to always hold', () => {
    const dir = editedCopy({
      'endings.yaml': replaceOnce(
        'condition: { type: always }',
        'condition: { type: track, track: trust, atLeast: 2 }',
      ),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'endings.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'endings.yaml', 'atLeast: 2'));
    expect(problem.path).toEqual(['endings', 2, 'condition']);
    expect(problem.message).toBe(
      '"stalemate" is the last final ending, so its condition must be {type: always} (the fallback when no other ending holds)',
    );
  });

  it('requires at least one final ending', () => {
    const dir = editedCopy({
      'endings.yaml': (text) => text.replaceAll('kind: final', 'kind: early'),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'endings.yaml'));
    expect(problem.line).toBe(1);
    expect(problem.path).toEqual(['endings']);
    expect(problem.message).toMatch(/^expected at least one "final" ending/);
  });
});

describe('teaching check', () => {
  it('reports a learning objective served by one inject only', () => {
    const dir = editedCopy({
      'injects.yaml': (text) =>
        text.replaceAll('objectives: [coalition-bargaining]', 'objectives: [escalation-dynamics]'),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'scenario.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'scenario.yaml', '- id: coalition-bargaining'));
    expect(problem.path).toEqual(['learningObjectives', 1]);
    expect(problem.message).toBe(
      'learning objective "coalition-bargaining" is served by 1 inject ("opening-talks"); expected at least 2',
    );
  });
});
