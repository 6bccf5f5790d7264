import { describe, expect, it } from 'vitest';
import { Driver, play } from '../../fixtures/engine/driver';

/** An exercise played into move 2: its practice skipped, move 1 played, move 2 just opened. */
function atMoveTwo(): Driver {
  return new Driver().toDecisions({ skipPractice: true }).playMove({ washington: play('talks') });
}

describe('a fork’s lobby', () => {
  it('holds the forked move’s world in a lobby until the start check passes', () => {
    const driver = atMoveTwo();
    const opened = driver.context;
    expect(opened).toMatchObject({ move: 2, phase: 'injects' });

    driver.ok({ type: 'fork.openLobby' });
    expect(driver.context.phase).toBe('lobby');
    expect(driver.exercise.tags).toEqual(expect.arrayContaining(['lobby', 'fork-lobby']));
    expect(driver.exercise.tags).not.toContain('in-move');
    // The world is the forked move's: only the phase says "lobby".
    expect({ ...driver.context, phase: 'injects' }).toEqual(opened);

    // No move can be played from the lobby...
    expect(driver.refused({ type: 'facilitator.advance' }).code).toBe('not-started');
    expect(driver.refused({ type: 'facilitator.releaseInject', inject: 'backchannel' }).code).toBe(
      'not-started',
    );
    expect(driver.refused({ type: 'facilitator.pause' }).code).toBe('not-started');
    expect(
      driver.refused({
        type: 'team.submitDecision',
        team: 'washington',
        decision: { kind: 'hold' },
      }).code,
    ).toBe('wrong-phase');
    // ...and the start check holds play back while a team has nobody.
    expect(driver.refused({ type: 'facilitator.start' })).toEqual({
      code: 'teams-unseated',
      message:
        'Play resumes once every team has a player or a bot, and this start does not say who sits where.',
    });
    const unseated = driver.refused({
      type: 'facilitator.start',
      unseated: ['mexico', 'cartels'],
    });
    expect(unseated.code).toBe('teams-unseated');
    expect(unseated.message).toMatch(
      /^Every team needs a player or a bot before play resumes; nobody plays .+, .+ yet\.$/,
    );
    expect(driver.context.phase).toBe('lobby');

    // Every team seated: play resumes at the forked move, with its world.
    driver.ok({ type: 'facilitator.start', unseated: [] });
    expect(driver.context).toEqual(opened);
    expect(driver.exercise.tags).toEqual(expect.arrayContaining(['in-move', 'accepting-injects']));
    expect(driver.exercise.tags).not.toContain('fork-lobby');
    driver.advance();
    expect(driver.context).toMatchObject({ move: 2, phase: 'deliberation' });
    expect(driver.context.timer?.status).toBe('running');
  });

  it('opens only at the opening of a move', () => {
    expect(new Driver().refused({ type: 'fork.openLobby' }).code).toBe('not-started');
    const briefing = new Driver().ok({ type: 'facilitator.start' });
    expect(briefing.refused({ type: 'fork.openLobby' }).code).toBe('wrong-phase');
    const deliberation = atMoveTwo().advance();
    expect(deliberation.refused({ type: 'fork.openLobby' })).toEqual({
      code: 'wrong-phase',
      message:
        'Opening a fork’s lobby (only at the opening of a move) is not possible during the deliberation phase.',
    });
    const lobby = atMoveTwo().ok({ type: 'fork.openLobby' });
    expect(lobby.refused({ type: 'fork.openLobby' }).code).toBe('not-started');
  });

  it('leaves a new exercise’s own lobby as it was', () => {
    // The start check of a new exercise's lobby is Control's screen's (see start-panel.tsx).
    const driver = new Driver().ok({ type: 'facilitator.start', unseated: ['cartels'] });
    expect(driver.context.phase).toBe('briefing');
  });
});
