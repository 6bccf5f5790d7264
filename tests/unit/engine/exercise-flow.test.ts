import { describe, expect, it } from 'vitest';
import { currentTeam, indexScenario, pendingTeams } from '../../../server/src/engine';
import { Driver, hold, play, T0 } from '../../fixtures/engine/driver';
import { fixture, makeFixture } from '../../fixtures/engine/fixture-scenario';

const index = indexScenario(fixture);

describe('phases and turns', () => {
  it('runs lobby, briefing, the practice move, the scored moves, hotwash and end', () => {
    const driver = new Driver();
    const phases: string[] = [driver.context.phase];
    const step = (fn: () => void) => {
      fn();
      phases.push(`${driver.context.phase}:${driver.context.move}`);
    };
    step(() => driver.ok({ type: 'facilitator.start' }));
    step(() => driver.advance());
    step(() => driver.advance());
    step(() => driver.advance());
    step(() => driver.decideAll());
    step(() => driver.publish());
    step(() => driver.advance());
    step(() => driver.toNextDecisions().decideAll().publish().advance());
    step(() => driver.toNextDecisions().decideAll().publish());
    step(() => driver.advance());
    step(() => driver.ok({ type: 'facilitator.closeHotwash' }));
    expect(phases).toEqual([
      'lobby',
      'briefing:0',
      'injects:0',
      'deliberation:0',
      'decisions:0',
      'adjudication:0',
      'results:0',
      'injects:1',
      'injects:2',
      'results:2',
      'hotwash:2',
      'ended:2',
    ]);
    expect(driver.exercise.isEnded).toBe(true);
    expect(driver.context.ending).toMatchObject({ id: 'stalemate', kind: 'final' });
    expect(driver.context.scores?.map((score) => score.team)).toEqual([
      'washington',
      'mexico',
      'cartels',
    ]);
  });

  it('resets the tracks after the unscored practice move', () => {
    const driver = new Driver().toDecisions();
    driver.decideAll({ mexico: play('denounce') }).publish();
    expect(driver.context.tracks).toMatchObject({ trust: 2, escalation: 2 });
    expect(driver.context.ending).toBeNull();
    driver.advance();
    expect(driver.context.move).toBe(1);
    expect(driver.context.tracks).toEqual({ escalation: 1, trust: 5, pressure: 6 });
    expect(driver.context.trackHistory.map((entry) => entry.label)).toEqual([
      'start',
      'after-move',
      'practice-reset',
    ]);
  });

  it('skips the practice move when Control says so: at start, in the lobby, or during it', () => {
    expect(new Driver().toDecisions({ skipPractice: true }).context.move).toBe(1);
    const lobby = new Driver().ok({ type: 'facilitator.skipPractice' });
    expect(lobby.toDecisions().context.move).toBe(1);
    const during = new Driver().toDecisions().decide('washington', play('talks'));
    during.ok({ type: 'facilitator.skipPractice' });
    expect(during.context).toMatchObject({ phase: 'injects', move: 1 });
    expect(during.context.tracks).toEqual({ escalation: 1, trust: 5, pressure: 6 });
  });

  it('plays without a practice move when the scenario has none', () => {
    const driver = new Driver(makeFixture({ practice: false })).toDecisions();
    expect(driver.context.move).toBe(1);
    expect(driver.send({ type: 'facilitator.skipPractice' })).toMatchObject({
      ok: false,
      code: 'no-practice-move',
    });
  });

  it('takes decisions in the turn order, each turn with its own deadline', () => {
    const driver = new Driver().toDecisions();
    expect(currentTeam(index, driver.context)).toBe('washington');
    const first = driver.context.timer;
    expect(first).toEqual({
      status: 'running',
      deadline: driver.at + 240_000,
      durationMs: 240_000,
    });
    driver.decide('washington', play('talks'));
    expect(currentTeam(index, driver.context)).toBe('mexico');
    expect(driver.context.timer).toMatchObject({ deadline: driver.at + 240_000 });
    expect(pendingTeams(index, driver.context)).toEqual(['mexico', 'cartels']);
  });

  it('records what each team may see: public decisions in order, covert ones hidden until revealed', () => {
    const driver = new Driver().toDecisions({ skipPractice: true });
    driver.ok({
      type: 'facilitator.overrideTrack',
      track: 'escalation',
      value: 2,
      reason: 'setup',
    });
    driver.decide('washington', {
      kind: 'actions',
      cards: ['strike', 'talks'],
      rationale: 'Pressure',
      statement: 'We talk.',
    });
    const decision = driver.context.decisions[0];
    expect(decision).toMatchObject({
      team: 'washington',
      order: 0,
      statement: 'We talk.',
      rationale: 'Pressure',
      actions: [
        { id: 'm1-washington-0', card: 'strike', visibility: 'covert', revealed: false },
        { id: 'm1-washington-1', card: 'talks', visibility: 'public', revealed: false },
      ],
    });
    driver.decide('mexico').decide('cartels');
    driver.publish();
    expect(driver.context.decisions[0]?.actions[0]?.revealed).toBe(true);
    expect(driver.context.decisions[0]?.actions[1]?.revealed).toBe(false);
  });

  it('lets every team decide at once in simultaneous mode, and holds the late ones', () => {
    const scenario = makeFixture({ simultaneous: true });
    const driver = new Driver(scenario).toDecisions();
    expect(currentTeam(indexScenario(scenario), driver.context)).toBeNull();
    driver.decide('cartels', play('violence'));
    const deadline = driver.context.timer?.status === 'running' ? driver.context.timer.deadline : 0;
    driver.ok({ type: 'clock.deadlineReached', at: deadline });
    expect(driver.context.phase).toBe('adjudication');
    expect(driver.context.decisions.map((d) => [d.team, d.kind, d.holdReason])).toEqual([
      ['cartels', 'actions', null],
      ['washington', 'hold', 'deadline'],
      ['mexico', 'hold', 'deadline'],
    ]);
  });

  it('holds a team whose deadline passes, and Control can skip a turn', () => {
    const driver = new Driver().toDecisions();
    const timer = driver.context.timer;
    const deadline = timer?.status === 'running' ? timer.deadline : 0;
    expect(driver.send({ type: 'clock.deadlineReached', at: deadline - 1 })).toMatchObject({
      ok: false,
      code: 'deadline-not-reached',
    });
    driver.ok({ type: 'clock.deadlineReached', at: deadline });
    driver.ok({ type: 'facilitator.skipTurn', team: 'mexico' });
    expect(driver.context.decisions.map((d) => d.holdReason)).toEqual(['deadline', 'skipped']);
    expect(currentTeam(index, driver.context)).toBe('cartels');
  });

  it('moves on from briefing and deliberation when their deadlines pass', () => {
    const driver = new Driver().ok({ type: 'facilitator.start' });
    driver.ok({ type: 'clock.deadlineReached', at: T0 + 1000 + 5 * 60_000 });
    expect(driver.context.phase).toBe('injects');
    driver.advance();
    driver.ok({ type: 'clock.deadlineReached', at: driver.at + 10 * 60_000 });
    expect(driver.context.phase).toBe('decisions');
  });
});

describe('facilitator commands', () => {
  it('pauses and resumes, keeping the remaining time', () => {
    const driver = new Driver().toDecisions();
    const started = driver.at;
    driver.ok({ type: 'facilitator.pause', at: started + 60_000 });
    expect(driver.exercise.isPaused).toBe(true);
    expect(driver.context.timer).toEqual({
      status: 'paused',
      remainingMs: 180_000,
      durationMs: 240_000,
    });
    expect(
      driver.send({ type: 'team.submitDecision', team: 'washington', decision: hold }),
    ).toMatchObject({
      ok: false,
      code: 'paused',
    });
    driver.ok({ type: 'facilitator.resume', at: started + 3_600_000 });
    expect(driver.context.phase).toBe('decisions');
    expect(driver.context.timer).toMatchObject({ deadline: started + 3_600_000 + 180_000 });
    // Where the engine took the pause and the resume, as the log records it.
    expect(driver.accepted.at(-2)).toMatchObject({ paused: false, phase: 'decisions' });
    expect(driver.accepted.at(-1)).toMatchObject({
      paused: true,
      event: { type: 'facilitator.resume' },
    });
  });

  it('extends or shortens the current deadline, even while paused', () => {
    const driver = new Driver().toDecisions();
    const deadline = driver.at + 240_000;
    driver.ok({ type: 'facilitator.adjustDeadline', deltaMs: 60_000 });
    expect(driver.context.timer).toMatchObject({ deadline: deadline + 60_000 });
    driver.ok({ type: 'facilitator.pause' });
    driver.ok({ type: 'facilitator.adjustDeadline', deltaMs: -30_000 });
    expect(driver.context.timer).toMatchObject({ status: 'paused' });
  });

  it('records narrative and track overrides with their reasons', () => {
    const driver = new Driver().toDecisions();
    driver.ok({ type: 'facilitator.addNarrative', text: '  Tension rises.  ' });
    driver.ok({ type: 'facilitator.overrideTrack', track: 'trust', value: 8, reason: 'Summit' });
    expect(driver.context.narrative).toEqual([
      { move: 0, phase: 'decisions', at: driver.at - 1000, text: 'Tension rises.' },
    ]);
    expect(driver.context.tracks.trust).toBe(8);
    expect(driver.context.overrides).toEqual([
      { move: 0, at: driver.at, kind: 'track', target: 'trust', from: 5, to: 8, reason: 'Summit' },
    ]);
  });

  it('ends early on command, to the hotwash, or to a dilemma when the ending has one', () => {
    const plain = new Driver().toDecisions();
    plain.ok({ type: 'facilitator.endEarly', reason: 'Out of time' });
    expect(plain.context).toMatchObject({
      phase: 'hotwash',
      ending: { id: null, kind: 'facilitator', reason: 'Out of time' },
    });
    const dilemma = new Driver().toDecisions({ skipPractice: true });
    dilemma.ok({ type: 'facilitator.pause' });
    dilemma.ok({ type: 'facilitator.endEarly', reason: 'Rupture', ending: 'rupture' });
    expect(dilemma.context.phase).toBe('dilemma');
    expect(dilemma.exercise.isPaused).toBe(false);
    dilemma.ok({ type: 'team.chooseDilemmaOption', team: 'mexico', option: 'denounce' });
    expect(dilemma.context.ending?.dilemma).toEqual({
      team: 'mexico',
      option: 'denounce',
      changes: [{ track: 'escalation', from: 1, to: 2, delta: 1, clamped: false }],
    });
    expect(dilemma.context.phase).toBe('hotwash');
  });

  it('asks the dilemma of an early ending reached in play before the hotwash', () => {
    const driver = new Driver().toDecisions({ skipPractice: true });
    driver.ok({ type: 'facilitator.overrideTrack', track: 'trust', value: 3, reason: 'setup' });
    driver.decideAll({ mexico: play('denounce') }).publish();
    expect(driver.context.ending).toMatchObject({ id: 'rupture', kind: 'early', move: 1 });
    driver.advance();
    expect(driver.context.phase).toBe('dilemma');
    driver.ok({ type: 'team.chooseDilemmaOption', team: 'mexico', option: 'accept' });
    expect(driver.context.tracks.trust).toBe(1);
    expect(driver.context.scores?.find((s) => s.team === 'mexico')?.objectives[1]?.met).toBe(false);
  });

  it('collects reflections in the hotwash and closes it', () => {
    const driver = new Driver().toDecisions();
    driver.ok({ type: 'facilitator.endEarly', reason: 'Done' });
    driver.ok({
      type: 'player.submitReflection',
      player: 'ana',
      team: 'mexico',
      answers: { wentWell: 'Talking', toImprove: ' ', takeaway: 'Trust is slow' },
    });
    expect(driver.context.reflections).toEqual([
      {
        player: 'ana',
        team: 'mexico',
        at: driver.at,
        answers: { wentWell: 'Talking', takeaway: 'Trust is slow' },
      },
    ]);
    const deadline = driver.context.timer?.status === 'running' ? driver.context.timer.deadline : 0;
    driver.ok({ type: 'clock.deadlineReached', at: deadline });
    expect(driver.context.timer).toBeNull();
    driver.ok({ type: 'facilitator.closeHotwash' });
    expect(driver.exercise.hasTag('ended')).toBe(true);
  });

  it('says where it takes each event (move, phase, pause), as the log records it', () => {
    const driver = new Driver().toDecisions();
    driver.send({ type: 'team.submitDecision', team: 'cartels', decision: hold });
    driver.decide('washington');
    expect(driver.accepted.map((entry) => [entry.seq, entry.move, entry.phase])).toEqual([
      [1, 0, 'lobby'],
      [2, 0, 'briefing'],
      [3, 0, 'injects'],
      [4, 0, 'deliberation'],
      [5, 0, 'decisions'],
    ]);
  });

  it('exposes tags so later layers can ask what is allowed', () => {
    const driver = new Driver();
    expect(driver.exercise.hasTag('lobby')).toBe(true);
    driver.toDecisions();
    expect(driver.exercise.hasTag('accepting-decisions')).toBe(true);
    expect(driver.exercise.hasTag('timed')).toBe(true);
    driver.decideAll();
    expect(driver.exercise.hasTag('review')).toBe(true);
    expect(driver.exercise.hasTag('accepting-decisions')).toBe(false);
  });
});
