import { afterEach, describe, expect, it } from 'vitest';
import type { ExerciseService } from '../../../server/src/exercises';
import { asyncStore } from '../../../server/src/store/async-exercise-store';
import type { ExerciseStore } from '../../../server/src/store/exercise-store';
import { MirroredStore } from '../../../server/src/store/mirrored-store';
import { openSqliteStore } from '../../../server/src/store/sqlite-store';
import { exerciseFingerprint } from '../../support/exercise-fingerprint';
import {
  CountingSecrets,
  makeHarness,
  T0,
  type Harness,
} from '../../support/exercise-service-harness';
import { FakeClock } from '../../support/fake-clock';
import { playToEnd } from '../../support/play-through';
import { submitAs, type ExerciseCommand } from '../../support/submit-as';

/** What a second process must see again: the fingerprint and what it leaves out. */
function everything(service: ExerciseService, exerciseId: string) {
  return {
    fingerprint: exerciseFingerprint(service, exerciseId),
    log: service.projectionInput(exerciseId).log,
    participation: service.participation(exerciseId),
    info: service.info(exerciseId),
  };
}

/**
 * Two exercises on one service: the first played to its end (chat, drafts,
 * a bot seat, Control's notes), the second left in move 0's decisions with
 * Washington decided, chat in two channels, a draft kept and the lobby locked.
 */
function playTwoExercises({ service, clock }: Harness) {
  const control = (exerciseId: string, id: string, command: ExerciseCommand) => {
    clock.advanceBy(1_000);
    const result = submitAs(service, exerciseId, { kind: 'facilitator' }, id, command);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.message}`);
  };
  const seat = (joinCode: string, name: string, team: string | null) =>
    service.joinExercise(joinCode, { name, team }).playerId;

  const ended = service.createExercise({ scenarioId: 'engine-fixture' });
  const ana = seat(ended.joinCode, 'Ana', 'washington');
  const ben = seat(ended.joinCode, 'Ben', 'washington');
  const carl = seat(ended.joinCode, 'Carl', 'mexico');
  seat(ended.joinCode, 'Eve', null);
  service.setSeat(ended.exerciseId, 'cartels', 'bot', 'hawkish');
  control(ended.exerciseId, 'e-start', { type: 'facilitator.start' });
  for (let note = 0; note < 30; note += 1) {
    control(ended.exerciseId, `e-note-${note}`, {
      type: 'facilitator.addNarrative',
      text: `note ${note}`,
    });
  }
  service.postChat(ended.exerciseId, { kind: 'player', playerId: ben }, 'team:washington', 'Hm?');
  service.updateDraft(ended.exerciseId, ben, { kind: 'hold', rationale: 'wait and see' });
  playToEnd({
    service,
    clock,
    exerciseId: ended.exerciseId,
    leads: { washington: ana, mexico: carl },
  });

  const active = service.createExercise({
    scenarioId: 'engine-fixture',
    settings: { timing: { decisionMinutes: 6 } },
  });
  const dan = seat(active.joinCode, 'Dan', 'washington');
  const fay = seat(active.joinCode, 'Fay', 'mexico');
  seat(active.joinCode, 'Gus', 'mexico');
  service.setSeat(active.exerciseId, 'cartels', 'bot', 'balanced');
  service.setLobbyLocked(active.exerciseId, true);
  control(active.exerciseId, 'a-start', { type: 'facilitator.start' });
  for (let step = 0; step < 3; step += 1) {
    control(active.exerciseId, `a-advance-${step}`, { type: 'facilitator.advance' });
  }
  const decided = submitAs(service, active.exerciseId, { kind: 'player', playerId: dan }, 'd-1', {
    type: 'team.submitDecision',
    team: 'washington',
    decision: { kind: 'actions', cards: ['sanctions'], rationale: 'pressure' },
  });
  expect(decided.ok).toBe(true);
  service.postChat(active.exerciseId, { kind: 'facilitator' }, 'broadcast', 'Mexico, go.');
  service.postChat(active.exerciseId, { kind: 'player', playerId: fay }, 'team:mexico', 'Hold?');
  service.updateDraft(active.exerciseId, fay, { kind: 'hold', rationale: 'thinking' });
  expect(service.state(active.exerciseId).context.phase).toBe('decisions');
  return {
    ended: ended.exerciseId,
    active: active.exerciseId,
    leads: { washington: dan, mexico: fay },
  };
}

describe('the exercise service over a mirrored store', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  });

  function harness(store: ExerciseStore, clock: FakeClock): Harness {
    const made = makeHarness({ store, clock, secrets: new CountingSecrets(5) });
    cleanups.push(() => made.service.stop());
    return made;
  }

  function database(): ExerciseStore {
    const sqlite = openSqliteStore(':memory:');
    cleanups.push(() => sqlite.close());
    return sqlite;
  }

  it('plays as over SQLite, and a second process restores the same exercises from the database', async () => {
    const sqlite = database();
    const lost: string[] = [];
    const onLost = (exerciseId: string, error: Error) =>
      lost.push(`${exerciseId}: ${error.message}`);
    const firstStore = new MirroredStore(asyncStore(sqlite), { onLost });
    const first = harness(firstStore, new FakeClock(T0));
    const played = playTwoExercises(first);
    const before = {
      ended: everything(first.service, played.ended),
      active: everything(first.service, played.active),
    };
    expect(before.ended.info.status).toBe('ended');

    // The same play straight on SQLite: memory answers the service as SQLite does.
    const direct = harness(database(), new FakeClock(T0));
    const directIds = playTwoExercises(direct);
    expect(directIds).toEqual(played);
    expect(everything(direct.service, played.ended)).toEqual(before.ended);
    expect(everything(direct.service, played.active)).toEqual(before.active);

    await firstStore.whenDurable();
    expect(sqlite.readEvents(played.active)).toEqual(firstStore.readEvents(played.active));
    expect(sqlite.findExercise(played.ended)?.status).toBe('ended');
    first.service.stop();

    // Another process takes both exercises over: it holds nothing until it preloads them.
    const secondStore = new MirroredStore(asyncStore(sqlite), { onLost });
    const clock = new FakeClock(first.clock.now());
    const second = harness(secondStore, clock);
    expect(second.service.restoreAll().restored).toEqual([]);
    expect(second.service.restoreOne(played.active)).toBe(false);
    // As ownership takes an exercise over: preload it, then restore it.
    expect(await secondStore.preload(played.ended)).toBe(true);
    expect(await secondStore.preload(played.active)).toBe(true);
    expect(second.service.restoreOne(played.active)).toBe(true);
    expect(second.service.restoreOne(played.ended)).toBe(true);
    expect(second.service.isLoaded(played.active)).toBe(true);
    expect(everything(second.service, played.active)).toEqual(before.active);
    // The ended one is loaded when asked for, as after any restart.
    expect(everything(second.service, played.ended)).toEqual(before.ended);

    // And the active one plays on to its end, written to the database.
    playToEnd({
      service: second.service,
      clock,
      exerciseId: played.active,
      leads: played.leads,
      prefix: 'after-',
    });
    expect(second.service.state(played.active).ended).toBe(true);
    await secondStore.whenDurable(played.active);
    expect(sqlite.findExercise(played.active)?.status).toBe('ended');
    expect(sqlite.readEvents(played.active)).toEqual(secondStore.readEvents(played.active));
    expect(lost).toEqual([]);
  });
});
