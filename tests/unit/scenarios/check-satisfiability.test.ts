import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Condition } from '@borderline/shared';
import {
  analyseCondition,
  indexScenario,
  loadScenario,
  validateScenario,
} from '@borderline/scenarios';
import type { ScenarioIndex } from '@borderline/scenarios';
import {
  editedCopy,
  lineOf,
  minimalDir,
  onlyProblem,
  removeTemporaryFolders,
  replaceOnce,
} from './scenario-fixture';

afterAll(removeTemporaryFolders);

const escalation = (bounds: { atLeast?: number; atMost?: number }): Condition => ({
  type: 'track',
  track: 'escalation',
  ...bounds,
});
const trust = (bounds: { atLeast?: number; atMost?: number }): Condition => ({
  type: 'track',
  track: 'trust',
  ...bounds,
});
const not = (condition: Condition): Condition => ({ type: 'not', condition });

describe('analyseCondition (escalation and trust run 0 to 10; moves 0 to 2)', () => {
  let index: ScenarioIndex;
  beforeAll(() => {
    index = indexScenario(loadScenario(minimalDir));
  });
  const holds = (condition: Condition) => analyseCondition(condition, index).satisfiable;

  it('rules out contradictory bounds on one track, and says why', () => {
    const result = analyseCondition(
      { type: 'all', of: [escalation({ atLeast: 5 }), escalation({ atMost: 3 })] },
      index,
    );
    expect(result).toEqual({
      satisfiable: false,
      reasons: ['track "escalation" cannot be at least 5 and at most 3 at once'],
    });
  });

  it('rules out a bound beyond the range', () => {
    expect(analyseCondition(escalation({ atLeast: 11 }), index)).toEqual({
      satisfiable: false,
      reasons: ['track "escalation" runs from 0 to 10, so it is never at least 11'],
    });
    expect(holds(escalation({ atLeast: 10 }))).toBe(true);
    expect(holds(escalation({ atMost: -1 }))).toBe(false);
  });

  it('pushes "not" down to integer bounds', () => {
    expect(holds(not(escalation({ atLeast: 0 })))).toBe(false);
    expect(holds(not(escalation({ atLeast: 1 })))).toBe(true);
    expect(holds(not(escalation({ atLeast: 0, atMost: 10 })))).toBe(false);
    expect(holds(not(escalation({ atLeast: 3, atMost: 10 })))).toBe(true);
    expect(holds(not(not(escalation({ atLeast: 11 }))))).toBe(false);
    expect(holds(not({ type: 'always' }))).toBe(false);
  });

  it('applies De Morgan to "all" and "any" under "not"', () => {
    const contradiction: Condition = {
      type: 'all',
      of: [escalation({ atLeast: 5 }), escalation({ atMost: 3 })],
    };
    expect(holds(not(contradiction))).toBe(true);
    const tautology: Condition = {
      type: 'any',
      of: [escalation({ atLeast: 5 }), escalation({ atMost: 4 })],
    };
    expect(holds(not(tautology))).toBe(false);
  });

  it('needs one satisfiable branch of "any", and a common region for "all" across branches', () => {
    expect(holds({ type: 'any', of: [escalation({ atLeast: 11 }), trust({ atLeast: 2 })] })).toBe(
      true,
    );
    expect(
      holds({
        type: 'all',
        of: [
          { type: 'any', of: [escalation({ atLeast: 8 }), escalation({ atMost: 1 })] },
          escalation({ atLeast: 3, atMost: 5 }),
        ],
      }),
    ).toBe(false);
    expect(holds({ type: 'all', of: [escalation({ atLeast: 8 }), trust({ atMost: 1 })] })).toBe(
      true,
    );
  });

  it('bounds move conditions by the last move', () => {
    expect(holds({ type: 'move', atLeast: 2 })).toBe(true);
    expect(analyseCondition({ type: 'move', atLeast: 3 }, index)).toEqual({
      satisfiable: false,
      reasons: ['the move runs from 0 to 2, so it is never at least 3'],
    });
  });

  it('holds an action or inject condition satisfiable when what it names exists', () => {
    expect(holds({ type: 'action', action: 'north-raid', outcome: 'success' })).toBe(true);
    expect(holds({ type: 'inject', inject: 'press-leak' })).toBe(true);
    expect(analyseCondition({ type: 'action', action: 'north-strike' }, index)).toEqual({
      satisfiable: false,
      reasons: ['it names action "north-strike", which does not exist'],
    });
    expect(holds(not({ type: 'inject', inject: 'no-such-inject' }))).toBe(true);
    const played: Condition = { type: 'action', action: 'north-raid' };
    expect(holds({ type: 'all', of: [played, not(played)] })).toBe(false);
  });
});

describe('satisfiability check', () => {
  it('reports an ending that asks escalation to be at least 5 and at most 3', () => {
    const dir = editedCopy({
      'endings.yaml': replaceOnce(
        '- { type: track, track: trust, atMost: 1 }',
        '- { type: track, track: escalation, atMost: 3 }',
      ),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'endings.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'endings.yaml', 'condition:'));
    expect(problem.path).toEqual(['endings', 0, 'condition']);
    expect(problem.message).toBe(
      'this ending can never be reached: track "escalation" cannot be at most 3 and at least 5 at once',
    );
  });

  it('reports an ending beyond its track range', () => {
    const dir = editedCopy({
      'endings.yaml': replaceOnce(
        '{ type: track, track: escalation, atMost: 3 }',
        '{ type: track, track: escalation, atLeast: 11 }',
      ),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['endings', 1, 'condition']);
    expect(problem.line).toBe(lineOf(dir, 'endings.yaml', 'atLeast: 11'));
    expect(problem.message).toBe(
      'this ending can never be reached: track "escalation" runs from 0 to 10, so it is never at least 11',
    );
  });

  it('reports an objective that can never be met, and a prerequisite that never holds', () => {
    const dir = editedCopy({
      'teams.yaml': replaceOnce('atMost: 4 }', 'atMost: -1 }'),
      'actions.yaml': replaceOnce(
        'prerequisites: { type: move, atLeast: 1 }',
        'prerequisites: { type: move, atLeast: 5 }',
      ),
    });
    const report = validateScenario(dir);
    expect(report.problems.map((problem) => [problem.path, problem.message])).toEqual([
      [
        ['actions', 1, 'prerequisites'],
        'this action can never be played: its prerequisites never hold: the move runs from 0 to 2, so it is never at least 5',
      ],
      [
        ['teams', 0, 'objectives', 0, 'target'],
        'this objective can never be met: track "escalation" runs from 0 to 10, so it is never at most -1',
      ],
    ]);
  });
});
