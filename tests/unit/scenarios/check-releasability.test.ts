import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateScenario } from '@borderline/scenarios';
import {
  editedCopy,
  lineOf,
  onlyProblem,
  problemAt,
  removeTemporaryFolders,
  replaceOnce,
} from './scenario-fixture';

afterAll(removeTemporaryFolders);

describe('releasability check', () => {
  it('reports an inject scheduled for a move that does not exist', () => {
    const dir = editedCopy({
      'injects.yaml': replaceOnce('{ type: scheduled, move: 1 }', '{ type: scheduled, move: 7 }'),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'injects.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'injects.yaml', 'move: 7'));
    expect(problem.path).toEqual(['injects', 1, 'release', 'move']);
    expect(problem.message).toBe(
      'move 7 does not exist (moves: 0, 1, 2), so this inject is never released',
    );
  });

  it('reports a triggered inject whose "when" never holds and that no action triggers', () => {
    const dir = editedCopy({
      'injects.yaml': replaceOnce(
        'track: escalation, atLeast: 6',
        'track: escalation, atLeast: 11',
      ),
    });
    const report = validateScenario(dir);
    const release = problemAt(report, ['injects', 3, 'release']);
    expect(release.line).toBe(lineOf(dir, 'injects.yaml', 'release:', 4));
    expect(release.message).toBe(
      'inject "crisis-peak" can never be released: its "when" never holds from move 1 and no action triggers it',
    );
    const when = problemAt(report, ['injects', 3, 'release', 'when']);
    expect(when.line).toBe(lineOf(dir, 'injects.yaml', 'atLeast: 11'));
    expect(when.message).toBe(
      'this trigger condition never holds: track "escalation" runs from 0 to 10, so it is never at least 11',
    );
    expect(report.problems).toHaveLength(2);
  });

  it('reports a triggered inject without "when" that no action triggers', () => {
    const dir = editedCopy({
      'actions.yaml': replaceOnce('      triggers: [summit-called]\n', ''),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['injects', 2, 'release']);
    expect(problem.message).toBe(
      'inject "summit-called" can never be released: it has no "when" and no action triggers it',
    );
  });

  it('reports a triggered inject that waits for a move after the last', () => {
    const dir = editedCopy({ 'injects.yaml': replaceOnce('fromMove: 1', 'fromMove: 4') });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['injects', 3, 'release', 'fromMove']);
    expect(problem.message).toBe(
      'fromMove 4 is after the last move (2), so this inject is never released',
    );
  });

  it('accepts a "when" that holds only from its fromMove on', () => {
    const dir = editedCopy({
      'injects.yaml': replaceOnce(
        'when: { type: track, track: escalation, atLeast: 6 }',
        'when: { type: move, atLeast: 2 }',
      ),
    });
    expect(validateScenario(dir).problems).toEqual([]);
  });
});
