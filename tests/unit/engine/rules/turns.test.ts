import { describe, expect, it } from 'vitest';
import type { ExerciseContext } from '../../../../server/src/engine';
import {
  allTeamsDecided,
  currentTeam,
  decisionsThisMove,
  hasDecided,
  mayDecide,
  pendingTeams,
} from '../../../../server/src/engine/rules/turns';
import { contextWith, held, index, simultaneous, simultaneousIndex } from './helpers';

/** Move 1's decisions, with Washington having decided (and an old move-0 decision of Mexico's). */
function deciding(patch: Partial<ExerciseContext> = {}): ExerciseContext {
  return contextWith({
    phase: 'decisions',
    move: 1,
    turn: 1,
    decisions: [held('mexico', 0), held('washington', 1, 0)],
    ...patch,
  });
}

describe('decisionsThisMove and hasDecided', () => {
  it('count only the decisions of the current move', () => {
    const context = deciding();
    expect(decisionsThisMove(context).map((d) => [d.move, d.team])).toEqual([[1, 'washington']]);
    expect(hasDecided(context, 'washington')).toBe(true);
    expect(hasDecided(context, 'mexico')).toBe(false);
    expect(hasDecided({ ...context, move: 0 }, 'mexico')).toBe(true);
  });
});

describe('currentTeam', () => {
  it('is the team at the turn index in sequential mode', () => {
    expect(currentTeam(index, deciding({ turn: 0 }))).toBe('washington');
    expect(currentTeam(index, deciding({ turn: 1 }))).toBe('mexico');
    expect(currentTeam(index, deciding({ turn: 2 }))).toBe('cartels');
  });

  it('is nobody once every turn is taken, outside decisions, or in simultaneous mode', () => {
    expect(currentTeam(index, deciding({ turn: 3 }))).toBeNull();
    expect(currentTeam(index, deciding({ phase: 'deliberation', turn: 0 }))).toBeNull();
    expect(currentTeam(index, deciding({ phase: 'adjudication', turn: 0 }))).toBeNull();
    expect(currentTeam(simultaneousIndex, simultaneous(deciding({ turn: 0 })))).toBeNull();
  });
});

describe('pendingTeams', () => {
  it('lists the teams still to decide this move, in turn order', () => {
    expect(pendingTeams(index, deciding())).toEqual(['mexico', 'cartels']);
    expect(pendingTeams(index, deciding({ decisions: [] }))).toEqual([
      'washington',
      'mexico',
      'cartels',
    ]);
  });

  it('in simultaneous mode, keeps turn order whatever the order of submission', () => {
    const context = deciding({ decisions: [held('cartels', 1, 0)] });
    expect(pendingTeams(simultaneousIndex, simultaneous(context))).toEqual([
      'washington',
      'mexico',
    ]);
  });

  it('is empty outside the decisions phase', () => {
    expect(pendingTeams(index, deciding({ phase: 'injects', decisions: [] }))).toEqual([]);
    expect(pendingTeams(index, deciding({ phase: 'results' }))).toEqual([]);
  });
});

describe('allTeamsDecided', () => {
  it('is true only when every team of the turn order decided this move', () => {
    const two = [held('washington', 1, 0), held('mexico', 1, 1)];
    expect(allTeamsDecided(index, deciding({ decisions: two }))).toBe(false);
    const three = [...two, held('cartels', 1, 2)];
    expect(allTeamsDecided(index, deciding({ decisions: three }))).toBe(true);
    // The same decisions do not count for the next move.
    expect(allTeamsDecided(index, deciding({ decisions: three, move: 2 }))).toBe(false);
  });
});

describe('mayDecide', () => {
  it('in sequential mode, lets only the team whose turn it is decide', () => {
    const context = deciding();
    expect(mayDecide(index, context, 'mexico')).toBe(true);
    expect(mayDecide(index, context, 'cartels')).toBe(false);
    expect(mayDecide(index, context, 'washington')).toBe(false);
  });

  it('in simultaneous mode, lets any known team that has not decided', () => {
    const context = deciding();
    expect(mayDecide(simultaneousIndex, simultaneous(context), 'cartels')).toBe(true);
    expect(mayDecide(simultaneousIndex, simultaneous(context), 'mexico')).toBe(true);
    expect(mayDecide(simultaneousIndex, simultaneous(context), 'washington')).toBe(false);
    expect(mayDecide(simultaneousIndex, simultaneous(context), 'nobody')).toBe(false);
  });

  it('lets no team decide outside the decisions phase', () => {
    const context = deciding({ phase: 'deliberation', turn: 0, decisions: [] });
    expect(mayDecide(index, context, 'washington')).toBe(false);
    expect(mayDecide(simultaneousIndex, simultaneous(context), 'washington')).toBe(false);
  });
});
