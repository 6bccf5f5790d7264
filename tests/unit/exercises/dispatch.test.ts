import { afterEach, describe, expect, it } from 'vitest';
import { SNAPSHOT_EVERY, type ExerciseCommand } from '../../../server/src/exercises';
import {
  makeHarness,
  seatedExercise,
  T0,
  type Harness,
} from '../../support/exercise-service-harness';

const facilitator = { kind: 'facilitator' } as const;
const player = (playerId: string) => ({ kind: 'player', playerId }) as const;
const hold = (team: string): ExerciseCommand => ({
  type: 'team.submitDecision',
  team,
  decision: { kind: 'hold' },
});

describe('dispatching commands', () => {
  const harnesses: Harness[] = [];
  afterEach(() => {
    for (const { service, store } of harnesses.splice(0)) {
      service.stop();
      store.close();
    }
  });

  /** An exercise with Ana (Washington's lead), Ben (Washington), Carl (Mexico's lead), Eve (observer). */
  function seated() {
    const harness = makeHarness();
    harnesses.push(harness);
    const seatedOne = seatedExercise(harness);
    const toDecisions = () => {
      seatedOne.control({ type: 'facilitator.start' });
      for (let step = 0; step < 3; step += 1) seatedOne.control({ type: 'facilitator.advance' });
    };
    return { ...seatedOne, toDecisions };
  }

  it('stamps the time, stores the event with its command id and sender, and answers with its seq', () => {
    const { service, store, clock, exerciseId } = seated();
    clock.advanceBy(5_000);
    const result = service.dispatch(exerciseId, facilitator, 'start-1', {
      type: 'facilitator.start',
    });
    expect(result).toEqual({ ok: true, seq: 1, duplicate: false });
    expect(store.readEvents(exerciseId)).toEqual([
      {
        seq: 1,
        at: T0 + 5_000,
        event: {
          event: { type: 'facilitator.start', at: T0 + 5_000 },
          commandId: 'start-1',
          sender: { kind: 'facilitator' },
        },
      },
    ]);
    expect(service.state(exerciseId).context.phase).toBe('briefing');
    expect(service.info(exerciseId).seq).toBe(1);
  });

  it('refuses commands a sender may not send, changing nothing', () => {
    const { service, store, exerciseId, ids, toDecisions } = seated();
    toDecisions();
    const before = JSON.stringify(service.state(exerciseId).context);
    const stored = store.readEvents(exerciseId).length;
    const refusals = [
      service.dispatch(exerciseId, player(ids.ana), 'a', { type: 'facilitator.advance' }),
      service.dispatch(exerciseId, player(ids.ben), 'b', hold('washington')),
      service.dispatch(exerciseId, player(ids.carl), 'c', hold('washington')),
      service.dispatch(exerciseId, player(ids.eve), 'd', hold('washington')),
      service.dispatch(exerciseId, facilitator, 'e', hold('washington')),
      service.dispatch(exerciseId, player(ids.ana), 'f', { type: 'clock.deadlineReached' }),
      service.dispatch(exerciseId, facilitator, '', { type: 'facilitator.pause' }),
      service.dispatch('no-such-exercise', facilitator, 'g', { type: 'facilitator.pause' }),
    ];
    expect(refusals).toEqual([
      {
        ok: false,
        code: 'facilitator-only',
        message: 'Only Control can send facilitator.advance.',
      },
      { ok: false, code: 'not-lead', message: "Only your team's lead can submit for the team." },
      { ok: false, code: 'not-your-team', message: 'You play for mexico, not for washington.' },
      {
        ok: false,
        code: 'observer',
        message: 'Observers follow the exercise; they do not act for a team.',
      },
      {
        ok: false,
        code: 'players-only',
        message:
          "Only a team's lead can act for the team; Control can skip its turn or give the seat to a bot.",
      },
      {
        ok: false,
        code: 'clock-only',
        message: 'Only the server clock says when a deadline is reached.',
      },
      { ok: false, code: 'invalid-command-id', message: 'A command id has 1 to 128 characters.' },
      { ok: false, code: 'unknown-exercise', message: 'There is no such exercise.' },
    ]);
    expect(JSON.stringify(service.state(exerciseId).context)).toBe(before);
    expect(store.readEvents(exerciseId)).toHaveLength(stored);
  });

  it("passes the engine's refusals through with their code and message", () => {
    const { service, store, exerciseId, ids, toDecisions } = seated();
    const early = service.dispatch(exerciseId, player(ids.ana), 'early', hold('washington'));
    expect(early).toEqual({
      ok: false,
      code: 'wrong-phase',
      message: 'Submitting a decision is not possible during the lobby phase.',
    });
    toDecisions();
    const stored = store.readEvents(exerciseId).length;
    const outOfTurn = service.dispatch(exerciseId, player(ids.carl), 'c1', hold('mexico'));
    expect(outOfTurn).toEqual({
      ok: false,
      code: 'not-their-turn',
      message: "It is washington's turn, not mexico's.",
    });
    const unknownCard = service.dispatch(exerciseId, player(ids.ana), 'a1', {
      type: 'team.submitDecision',
      team: 'washington',
      decision: { kind: 'actions', cards: ['nuke'], rationale: 'why not' },
    });
    expect(unknownCard).toMatchObject({ ok: false, code: 'unknown-card' });
    expect(unknownCard.ok ? '' : unknownCard.message).toContain('nuke');
    expect(store.readEvents(exerciseId)).toHaveLength(stored);
    // A refused command id is not spent: the same id may succeed later.
    expect(service.dispatch(exerciseId, player(ids.ana), 'a1', hold('washington')).ok).toBe(true);
  });

  it('applies a repeated command id once and answers the same again', () => {
    const { service, store, exerciseId, ids, toDecisions } = seated();
    toDecisions();
    const first = service.dispatch(exerciseId, player(ids.ana), 'decide-1', {
      type: 'team.submitDecision',
      team: 'washington',
      decision: { kind: 'actions', cards: ['sanctions'], rationale: 'pressure' },
    });
    const stored = store.readEvents(exerciseId).length;
    const again = service.dispatch(exerciseId, player(ids.ana), 'decide-1', {
      type: 'team.submitDecision',
      team: 'washington',
      decision: { kind: 'actions', cards: ['sanctions'], rationale: 'pressure' },
    });
    expect(first).toEqual({ ok: true, seq: stored, duplicate: false });
    expect(again).toEqual({ ok: true, seq: stored, duplicate: true });
    expect(store.readEvents(exerciseId)).toHaveLength(stored);
    const decisions = service.state(exerciseId).context.decisions;
    expect(decisions.map((decision) => decision.team)).toEqual(['washington']);
    // Another sender cannot ride on somebody else's command id.
    expect(service.dispatch(exerciseId, player(ids.carl), 'decide-1', hold('mexico'))).toEqual({
      ok: false,
      code: 'duplicate-command-id',
      message: 'Another sender already used this command id.',
    });
  });

  it('stores an accepted event before any listener hears of it', () => {
    const { service, store, exerciseId } = seated();
    const heard: { seq: number; storedSeqs: number[] }[] = [];
    service.onChange((id, change) => {
      if (change.kind === 'event') {
        heard.push({ seq: change.seq, storedSeqs: store.readEvents(id).map((event) => event.seq) });
      }
    });
    service.dispatch(exerciseId, facilitator, 'x1', { type: 'facilitator.start' });
    service.dispatch(exerciseId, facilitator, 'x2', { type: 'facilitator.advance' });
    service.dispatch(exerciseId, facilitator, 'x2', { type: 'facilitator.advance' });
    service.dispatch(exerciseId, facilitator, 'x3', { type: 'facilitator.closeHotwash' });
    expect(heard).toEqual([
      { seq: 1, storedSeqs: [1] },
      { seq: 2, storedSeqs: [1, 2] },
    ]);
  });

  it('lets any player write its own reflection, with the team taken from its seat', () => {
    const { service, exerciseId, ids, control, toDecisions } = seated();
    toDecisions();
    control({ type: 'facilitator.endEarly', reason: 'out of time' });
    expect(service.state(exerciseId).context.phase).toBe('hotwash');
    const reflect = (as: string, playerId: string, id: string) =>
      service.dispatch(exerciseId, player(as), id, {
        type: 'player.submitReflection',
        player: playerId,
        team: 'cartels',
        answers: { takeaway: `${as} learnt something` },
      });
    expect(reflect(ids.ben, ids.ana, 'r0')).toEqual({
      ok: false,
      code: 'not-your-seat',
      message: 'A player writes only its own reflection.',
    });
    expect(reflect(ids.ben, ids.ben, 'r1').ok).toBe(true);
    expect(reflect(ids.eve, ids.eve, 'r2').ok).toBe(true);
    expect(
      service
        .state(exerciseId)
        .context.reflections.map((r) => [r.player, r.team, r.answers.takeaway]),
    ).toEqual([
      [ids.ben, 'washington', `${ids.ben} learnt something`],
      [ids.eve, null, `${ids.eve} learnt something`],
    ]);
    expect(service.participation(exerciseId)[ids.ben]).toEqual({
      messages: 0,
      drafts: 0,
      decisions: 0,
      reflections: 1,
    });
  });

  it('snapshots at every phase change and every 25 events', () => {
    const { service, store, exerciseId, control } = seated();
    control({ type: 'facilitator.start' });
    expect(store.loadExercise(exerciseId)?.snapshot?.seq).toBe(1);
    for (let note = 1; note <= SNAPSHOT_EVERY - 1; note += 1) {
      control({ type: 'facilitator.addNarrative', text: `note ${note}` });
    }
    expect(store.loadExercise(exerciseId)?.snapshot?.seq).toBe(1);
    control({ type: 'facilitator.addNarrative', text: 'note 25' });
    const loaded = store.loadExercise(exerciseId);
    expect(loaded?.snapshot?.seq).toBe(26);
    expect(loaded?.events).toEqual([]);
    control({ type: 'facilitator.addNarrative', text: 'note 26' });
    expect(store.loadExercise(exerciseId)?.events.map((event) => event.seq)).toEqual([27]);
    expect(service.state(exerciseId).context.narrative).toHaveLength(26);
  });
});
