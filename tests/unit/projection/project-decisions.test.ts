import type { ExerciseContext } from '../../../server/src/engine';
import type { Scenario } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { project } from '../../../server/src/projection';
import {
  atDecisions,
  cartels,
  control,
  covertDrone,
  decision,
  emptyAdjudication,
  inputOf,
  mexico,
  observer,
  publicRaids,
  relocate,
  scenario,
  T0,
  washington,
} from './synthetic-state';

describe('project: decisions', () => {
  const base = atDecisions().context;
  const context: ExerciseContext = {
    ...base,
    turn: 1,
    decisions: [decision('washington', 0, [covertDrone, publicRaids])],
  };

  it('shows an earlier team’s public action, renumbered so that no gap betrays the covert one', () => {
    const [seen] = project(inputOf(context), mexico).decisions;
    expect(seen).toEqual({
      move: 1,
      team: 'washington',
      order: 0,
      at: T0,
      kind: 'actions',
      holdReason: null,
      actions: [{ ...publicRaids, id: 'm1-washington-0' }],
      rationale: null,
      statement: 'washington speaks',
      whole: false,
    });
    expect(JSON.stringify(project(inputOf(context), mexico))).not.toContain('covert-drone-strike');
  });

  it('gives the own team and Control the whole decision, engine ids included', () => {
    for (const recipient of [washington, control]) {
      const [seen] = project(inputOf(context), recipient).decisions;
      expect(seen).toEqual({ ...context.decisions[0], whole: true });
    }
  });

  it('makes a covert-only decision look like a hold from outside', () => {
    const both: ExerciseContext = {
      ...context,
      decisions: [decision('washington', 0, [], 'hold'), decision('cartels', 1, [relocate])],
      phase: 'results',
      adjudications: [{ ...emptyAdjudication(base), move: 1, publishedAt: T0 }],
    };
    const seen = project(inputOf(both), mexico).decisions;
    expect(seen.map((d) => [d.team, d.kind, d.actions.length, d.holdReason])).toEqual([
      ['washington', 'undisclosed', 0, null],
      ['cartels', 'undisclosed', 0, null],
    ]);
  });

  it('hides this move’s decisions from observers and later teams until the results', () => {
    expect(project(inputOf(context), observer).decisions).toEqual([]);
    const later: ExerciseContext = {
      ...context,
      turn: 2,
      decisions: [...context.decisions, decision('mexico-city', 1, [])],
    };
    expect(project(inputOf(later), washington).decisions.map((d) => d.team)).toEqual([
      'washington',
    ]);
    expect(project(inputOf(later), cartels).decisions.map((d) => d.team)).toEqual([
      'washington',
      'mexico-city',
    ]);
  });

  it('in simultaneous mode, hides every other team’s decision until the results', () => {
    const simultaneous: Scenario = {
      ...scenario,
      rules: { ...scenario.rules, decisionMode: 'simultaneous' },
      formats: scenario.formats.map((format) => ({ ...format, decisionMode: 'simultaneous' })),
    };
    const sim = atDecisions(simultaneous).context;
    const decided = { ...sim, decisions: [decision('washington', 0, [publicRaids])] };
    expect(project(inputOf(decided, [], simultaneous), cartels).decisions).toEqual([]);
    expect(project(inputOf(decided, [], simultaneous), control).decisions).toHaveLength(1);
  });
});

describe('project: injects and causes', () => {
  const base = atDecisions().context;
  const cause = {
    kind: 'action' as const,
    action: 'm1-cartels-0',
    card: 'relocate-labs',
    team: 'cartels',
  };
  const context: ExerciseContext = {
    ...base,
    decisions: [decision('cartels', 0, [relocate])],
    injects: [...base.injects, { inject: 'labs-on-the-move', move: 1, at: T0, cause, changes: [] }],
  };

  it('masks the cause of an inject set off by another team’s hidden covert action', () => {
    const view = project(inputOf(context), washington);
    expect(
      view.injects.find((inject) => inject.id === 'labs-on-the-move')?.release.cause,
    ).toBeNull();
    expect(project(inputOf(context), control).injects.at(-1)?.release.cause).toEqual(cause);
    expect(
      project(inputOf(context), cartels).injects.some((inject) => inject.id === 'labs-on-the-move'),
    ).toBe(false);
  });

  it('sends a team-audience inject to its team only, with the card’s source and citation', () => {
    const view = project(inputOf(base), mexico);
    const brief = view.injects.find((inject) => inject.id === 'little-debate-in-mexico');
    expect(brief?.source.line).toBeGreaterThan(0);
    expect(brief?.citation.author).toBe('Brenda Estefan');
    expect(
      project(inputOf(base), washington).injects.some((i) => i.id === 'little-debate-in-mexico'),
    ).toBe(false);
    expect(
      project(inputOf(base), observer).injects.every((inject) => inject.audience === 'all'),
    ).toBe(true);
  });
});
