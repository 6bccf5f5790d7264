import { afterEach, describe, expect, it } from 'vitest';
import { SNAPSHOT_EVERY } from '../../../server/src/exercises';
import {
  makeHarness,
  seatedExercise,
  T0,
  type Harness,
} from '../../support/exercise-service-harness';
import { submitAs, type ExerciseCommand } from '../../support/submit-as';

const facilitator = { kind: 'facilitator' } as const;
const player = (playerId: string) => ({ kind: 'player', playerId }) as const;
const hold = (team: string): ExerciseCommand => ({
  type: 'team.submitDecision',
  team,
  decision: { kind: 'hold' },
});

describe('the command path', () => {
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

  it('stamps the time, stores the event with its command id and sender, and remembers the id', () => {
    const { service, store, clock, exerciseId } = seated();
    clock.advanceBy(5_000);
    const result = submitAs(service, exerciseId, facilitator, 'start-1', {
      type: 'facilitator.start',
    });
    expect(result).toEqual({ ok: true, duplicate: false });
    expect(store.findCommand(exerciseId, 'start-1')).toBe('facilitator');
    expect(store.readEvents(exerciseId)).toEqual([
      {
        seq: 1,
        at: T0 + 5_000,
        event: {
          // The start carries the start check: the teams nobody plays, from the roster.
          event: { type: 'facilitator.start', unseated: expect.any(Array), at: T0 + 5_000 },
          commandId: 'start-1',
          sender: { kind: 'facilitator' },
          accepted: { move: 0, phase: 'lobby', paused: false },
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
    const decide = {
      id: 'decide-0',
      type: 'team.submitDecision',
      decision: { kind: 'hold' },
    } as const;
    const refusals = [
      service.submit(exerciseId, player(ids.ana), { id: 'a', type: 'facilitator.advance' }),
      service.submit(exerciseId, player(ids.ben), decide),
      service.submit(exerciseId, player(ids.eve), decide),
      service.submit(exerciseId, facilitator, decide),
      service.submit(exerciseId, facilitator, {
        id: 'r',
        type: 'player.submitReflection',
        answers: { takeaway: 'x' },
      }),
      service.submit(exerciseId, player(ids.eve), {
        id: 'd',
        type: 'team.updateDraft',
        draft: null,
      }),
      service.submit(exerciseId, player('nobody'), decide),
      service.submit('no-such-exercise', facilitator, { id: 'g', type: 'facilitator.pause' }),
    ];
    expect(refusals).toEqual([
      {
        ok: false,
        reason: 'facilitator-only',
        message: 'Only Control (the facilitator key) can send facilitator.advance.',
      },
      {
        ok: false,
        reason: 'not-lead',
        message:
          "Only your team's lead can send team.submitDecision; ask Control to make you the lead.",
      },
      {
        ok: false,
        reason: 'observer',
        message: 'Observers follow the exercise; they cannot send team.submitDecision.',
      },
      {
        ok: false,
        reason: 'team-players-only',
        message:
          "team.submitDecision is for a team's players; Control can skip a team's turn or give its seat to a bot.",
      },
      {
        ok: false,
        reason: 'players-only',
        message:
          'player.submitReflection is for players; Control reads reflections but does not write them.',
      },
      {
        ok: false,
        reason: 'observer',
        message: 'Observers follow the exercise; they cannot send team.updateDraft.',
      },
      {
        ok: false,
        reason: 'not-seated',
        message: 'You are no longer seated in this exercise; join again.',
      },
      { ok: false, reason: 'unknown-exercise', message: 'There is no such exercise.' },
    ]);
    // None of the refused ids is spent.
    expect(store.findCommand(exerciseId, 'decide-0')).toBeUndefined();
    expect(JSON.stringify(service.state(exerciseId).context)).toBe(before);
    expect(store.readEvents(exerciseId)).toHaveLength(stored);
  });

  it("passes the engine's refusals through with their reason and message", () => {
    const { service, store, exerciseId, ids, toDecisions } = seated();
    const early = submitAs(service, exerciseId, player(ids.ana), 'early', hold('washington'));
    expect(early).toEqual({
      ok: false,
      reason: 'wrong-phase',
      message: 'Submitting a decision is not possible during the lobby phase.',
      detail: { phase: 'lobby' },
    });
    toDecisions();
    const stored = store.readEvents(exerciseId).length;
    // A team's command acts for the sender's own team, read from the seat.
    const outOfTurn = submitAs(service, exerciseId, player(ids.carl), 'c1', hold('washington'));
    expect(outOfTurn).toEqual({
      ok: false,
      reason: 'not-their-turn',
      message: "It is Washington's turn, not Mexico's.",
      detail: { team: 'mexico', current: 'washington' },
    });
    const unknownCard = submitAs(service, exerciseId, player(ids.ana), 'a1', {
      type: 'team.submitDecision',
      team: 'washington',
      decision: { kind: 'actions', cards: ['nuke'], rationale: 'why not' },
    });
    expect(unknownCard).toMatchObject({ ok: false, reason: 'unknown-card' });
    expect(unknownCard.ok ? '' : unknownCard.message).toContain('nuke');
    expect(store.readEvents(exerciseId)).toHaveLength(stored);
    // A refused command id is not spent: the same id may succeed later.
    expect(submitAs(service, exerciseId, player(ids.ana), 'a1', hold('washington')).ok).toBe(true);
  });

  it('applies a repeated command id once and answers the same again', () => {
    const { service, store, exerciseId, ids, toDecisions } = seated();
    toDecisions();
    const first = submitAs(service, exerciseId, player(ids.ana), 'decide-1', {
      type: 'team.submitDecision',
      team: 'washington',
      decision: { kind: 'actions', cards: ['sanctions'], rationale: 'pressure' },
    });
    const stored = store.readEvents(exerciseId).length;
    const again = submitAs(service, exerciseId, player(ids.ana), 'decide-1', {
      type: 'team.submitDecision',
      team: 'washington',
      decision: { kind: 'actions', cards: ['sanctions'], rationale: 'pressure' },
    });
    expect(first).toEqual({ ok: true, duplicate: false });
    expect(again).toEqual({ ok: true, duplicate: true });
    expect(store.readEvents(exerciseId)).toHaveLength(stored);
    const decisions = service.state(exerciseId).context.decisions;
    expect(decisions.map((decision) => decision.team)).toEqual(['washington']);
    // Another sender cannot ride on somebody else's command id.
    expect(submitAs(service, exerciseId, player(ids.carl), 'decide-1', hold('mexico'))).toEqual({
      ok: false,
      reason: 'duplicate-command-id',
      message: 'Another sender already used this command id; use a new id.',
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
    submitAs(service, exerciseId, facilitator, 'x1', { type: 'facilitator.start' });
    submitAs(service, exerciseId, facilitator, 'x2', { type: 'facilitator.advance' });
    submitAs(service, exerciseId, facilitator, 'x2', { type: 'facilitator.advance' });
    submitAs(service, exerciseId, facilitator, 'x3', { type: 'facilitator.closeHotwash' });
    expect(heard).toEqual([
      { seq: 1, storedSeqs: [1] },
      { seq: 2, storedSeqs: [1, 2] },
    ]);
  });

  it('lets any player write its own reflection, as itself, with the team taken from its seat', () => {
    const { service, exerciseId, ids, control, toDecisions } = seated();
    toDecisions();
    control({ type: 'facilitator.endEarly', reason: 'out of time' });
    expect(service.state(exerciseId).context.phase).toBe('hotwash');
    const reflect = (as: string, playerId: string, id: string) =>
      submitAs(service, exerciseId, player(as), id, {
        type: 'player.submitReflection',
        player: playerId,
        team: 'cartels',
        answers: { takeaway: `${as} learnt something` },
      });
    // Whatever player or team the command claims, the reflection is the sender's own.
    expect(reflect(ids.ben, ids.ana, 'r1').ok).toBe(true);
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
