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

describe('ids and move numbers', () => {
  it('reports a duplicate id, naming the first holder', () => {
    const dir = editedCopy({ 'actions.yaml': replaceOnce('id: south-appeal', 'id: north-talks') });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'actions.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'actions.yaml', 'id: north-talks', 2));
    expect(problem.path).toEqual(['actions', 2, 'id']);
    expect(problem.message).toBe('duplicate action id "north-talks" (already used by actions[0])');
  });

  it('reports a duplicate dilemma option', () => {
    const dir = editedCopy({ 'endings.yaml': replaceOnce('id: denounce', 'id: accept') });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['endings', 0, 'dilemma', 'options', 1, 'id']);
    expect(problem.message).toBe(
      'duplicate option id "accept" (already used by endings[0].dilemma.options[0])',
    );
  });

  it('reports a gap in the move numbers', () => {
    const dir = editedCopy({ 'moves.yaml': replaceOnce('number: 2', 'number: 3') });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.line).toBe(lineOf(dir, 'moves.yaml', 'number: 3'));
    expect(problem.path).toEqual(['moves', 2, 'number']);
    expect(problem.message).toMatch(/^expected move 2 here, found 3/);
  });
});

describe('reference check', () => {
  it('reports an effect on a missing track', () => {
    const dir = editedCopy({
      'actions.yaml': replaceOnce('{ track: trust, delta: 1 }', '{ track: trsut, delta: 1 }'),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'actions.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'actions.yaml', 'trsut'));
    expect(problem.path).toEqual(['actions', 0, 'onSuccess', 'effects', 0, 'track']);
    expect(problem.message).toBe('unknown track "trsut" (tracks: "escalation", "trust")');
  });

  it('reports a "set" outside the track range', () => {
    const dir = editedCopy({ 'actions.yaml': replaceOnce('set: 1', 'set: 12') });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.line).toBe(lineOf(dir, 'actions.yaml', 'set: 12'));
    expect(problem.path).toEqual(['actions', 2, 'onSuccess', 'effects', 0, 'set']);
    expect(problem.message).toBe('set 12 is outside the range of track "escalation" (0 to 10)');
  });

  it('reports a trigger naming a missing inject', () => {
    const dir = editedCopy({
      'actions.yaml': replaceOnce('triggers: [summit-called]', 'triggers: [summit-calling]'),
    });
    const report = validateScenario(dir);
    const problem = problemAt(report, ['actions', 0, 'onSuccess', 'triggers', 0]);
    expect(problem.file).toBe(path.join(dir, 'actions.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'actions.yaml', 'triggers: [summit-calling]'));
    expect(problem.message).toBe('unknown inject "summit-calling"');
    // The inject the action used to trigger is now released by nothing, which is also said.
    expect(problemAt(report, ['injects', 2, 'release']).message).toMatch(/can never be released/);
    expect(report.problems).toHaveLength(2);
  });

  it('reports a trigger naming a scheduled inject', () => {
    const dir = editedCopy({
      'actions.yaml': replaceOnce(
        'triggers: [summit-called]',
        'triggers: [summit-called, border-incident]',
      ),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['actions', 0, 'onSuccess', 'triggers', 1]);
    expect(problem.message).toBe(
      'inject "border-incident" is released as "scheduled", so no action can trigger it (expected release type "triggered")',
    );
  });

  it('reports a condition naming a missing action', () => {
    const dir = editedCopy({
      'teams.yaml': replaceOnce('action: north-raid', 'action: north-strike'),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'teams.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'teams.yaml', 'north-strike'));
    expect(problem.path).toEqual([
      'teams',
      1,
      'objectives',
      0,
      'target',
      'of',
      1,
      'condition',
      'action',
    ]);
    expect(problem.message).toBe('unknown action "north-strike"');
  });

  it('reports a turn order that misses a team', () => {
    const dir = editedCopy({
      'scenario.yaml': replaceOnce('turnOrder: [north, south]', 'turnOrder: [north]'),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'scenario.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'scenario.yaml', 'turnOrder:'));
    expect(problem.path).toEqual(['rules', 'turnOrder']);
    expect(problem.message).toBe(
      'the turn order misses team "south" (it must list every team once)',
    );
  });

  it('reports a team named twice in the turn order', () => {
    const dir = editedCopy({
      'scenario.yaml': replaceOnce('turnOrder: [north, south]', 'turnOrder: [north, south, north]'),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['rules', 'turnOrder', 2]);
    expect(problem.message).toBe('team "north" appears twice in the turn order');
  });

  it('reports an inject audience naming a missing team', () => {
    const dir = editedCopy({
      'injects.yaml': replaceOnce('audience: [north]', 'audience: [west]'),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['injects', 1, 'audience', 0]);
    expect(problem.message).toBe('unknown team "west" (expected one of "all", "north", "south")');
  });

  it('reports an inject serving a missing learning objective', () => {
    const dir = editedCopy({
      'injects.yaml': replaceOnce(
        'objectives: [escalation-dynamics, coalition-bargaining]',
        'objectives: [escalation-dynamics, coalition-bargaining, media-literacy]',
      ),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['injects', 0, 'objectives', 2]);
    expect(problem.message).toMatch(/^unknown learning objective "media-literacy"/);
  });
});

describe('channels', () => {
  it('reports a channel member that is not a team', () => {
    const dir = editedCopy({
      'teams.yaml': replaceOnce('members: [north, south]', 'members: [north, west]'),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'teams.yaml'));
    expect(problem.path).toEqual(['channels', 0, 'members', 1]);
    expect(problem.message).toMatch(/^unknown team "west"/);
  });

  it('reports a team named twice in one channel', () => {
    const dir = editedCopy({
      'teams.yaml': replaceOnce('members: [north, south]', 'members: [north, north]'),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['channels', 0, 'members', 1]);
    expect(problem.message).toBe('team "north" is named twice in channel "border-line"');
  });

  it('reports a channel with one member', () => {
    const dir = editedCopy({
      'teams.yaml': replaceOnce('members: [north, south]', 'members: [north]'),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['channels', 0, 'members']);
    expect(problem.message).toMatch(/at least two member teams/);
  });
});

describe('further sources', () => {
  const otherSource = (id: string) =>
    `  - id: ${id}\n    publication: A think tank\n    title: An earlier game\n    author: A think tank\n    year: 2025\n    kind: { en: a tabletop exercise, es: un ejercicio de mesa }\n`;
  const citing = (source: string) =>
    replaceOnce(
      "      translation: { es: 'aceptó una cumbre' }\n",
      `      translation: { es: 'aceptó una cumbre' }\n    alsoCites:\n      - source: ${source}\n        finding: { en: In that game the summit failed., es: En ese juego la cumbre fracasó. }\n`,
    );

  it('accepts a card citing a source the scenario lists', () => {
    const dir = editedCopy({
      'scenario.yaml': (text) => `${text}otherSources:\n${otherSource('earlier-game')}`,
      'injects.yaml': citing('earlier-game'),
    });
    expect(validateScenario(dir).problems).toEqual([]);
  });

  it('reports a card citing a source that is not listed', () => {
    const dir = editedCopy({
      'scenario.yaml': (text) => `${text}otherSources:\n${otherSource('earlier-game')}`,
      'injects.yaml': citing('later-game'),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'injects.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'injects.yaml', 'source: later-game'));
    expect(problem.path).toEqual(['injects', 2, 'alsoCites', 0, 'source']);
    expect(problem.message).toBe('unknown source "later-game" (otherSources: "earlier-game")');
    const none = editedCopy({ 'injects.yaml': citing('later-game') });
    expect(onlyProblem(validateScenario(none)).message).toBe(
      'unknown source "later-game" (the scenario lists none in otherSources)',
    );
  });

  it('reports a source listed twice', () => {
    const dir = editedCopy({
      'scenario.yaml': (text) =>
        `${text}otherSources:\n${otherSource('earlier-game')}${otherSource('earlier-game')}`,
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['otherSources', 1, 'id']);
    expect(problem.message).toBe('source "earlier-game" is listed twice');
  });
});
