import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideForTeam } from '../../../server/src/bots';
import type { ExerciseContext } from '../../../server/src/engine';
import { ReplayRefusal, type ForkedExercise } from '../../../server/src/exercises';
import { openSqliteStore } from '../../../server/src/store/sqlite-store';
import {
  CountingSecrets,
  makeHarness,
  tempDir,
  type Harness,
} from '../../support/exercise-service-harness';
import { FakeClock } from '../../support/fake-clock';
import { submitAs, type ExerciseCommand } from '../../support/submit-as';
import { playOn, playOriginal, usMexico, type OriginalGame } from './replay-game';

const T0 = 1_767_225_600_000;

function refusalOf(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof ReplayRefusal) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a ReplayRefusal, but nothing was thrown');
}

const cardsOf = (context: ExerciseContext, team: string, move: number) =>
  context.decisions
    .filter((d) => d.team === team && d.move === move)
    .flatMap((d) => d.actions.map((a) => a.card));

/**
 * "What if Mexico City had accepted a US role?" The original: Mexico City
 * refuses foreign troops every move. The fork from move 2: the same history
 * up to the opening of move 2, then Mexico City offers the US a role in its
 * command centres instead.
 */
describe('forking an ended exercise', () => {
  const folder = tempDir('borderline-fork-');
  const file = path.join(folder.dir, 'fork.db');
  const clock = new FakeClock(T0);
  const open = () =>
    makeHarness({
      store: openSqliteStore(file),
      clock,
      scenarios: [usMexico],
      secrets: new CountingSecrets(2026, ['FORKAA', 'FORKBB', 'FORKCC']),
    });
  let harness: Harness;
  let original: OriginalGame;
  let originalLog: string;
  let forked: ForkedExercise;
  let forkStep: number;
  let wes = '';
  let mara = '';

  beforeAll(() => {
    harness = open();
    original = playOriginal(harness.service, clock, 2030);
    originalLog = JSON.stringify(harness.store.readEvents(original.exerciseId));
  });
  afterAll(() => {
    harness.service.stop();
    harness.store.close();
    folder.remove();
  });

  it('refuses a running exercise, and a move the exercise never opened', () => {
    const running = harness.service.createExercise({ scenarioId: usMexico.id });
    expect(refusalOf(() => harness.service.forkExercise(running.exerciseId, 1)).code).toBe(
      'exercise-not-ended',
    );
    expect(refusalOf(() => harness.service.forkExercise(original.exerciseId, 7))).toEqual({
      code: 'move-not-reached',
      message:
        'Move 7 was never opened in this exercise, so it cannot be forked from; moves that can: 0, 1, 2, 3, 4, 5.',
    });
    harness.service.deleteExercise(running.exerciseId);
  });

  it('starts a new exercise with the same history up to the opening of the move', () => {
    const { service, store } = harness;
    forked = service.forkExercise(original.exerciseId, 2);
    expect(forked.exerciseId).not.toBe(original.exerciseId);
    expect(forked.joinCode).not.toBe(original.joinCode);
    expect(forked.facilitatorKey).not.toBe(original.facilitatorKey);
    expect(forked.forkedFrom).toEqual({ exerciseId: original.exerciseId, move: 2 });
    expect(service.forkOrigin(forked.exerciseId)).toEqual(forked.forkedFrom);
    expect(service.forkOrigin(original.exerciseId)).toBeNull();

    const replayed = service.replay(original.exerciseId);
    forkStep = replayed.forkPoints.find((point) => point.move === 2)?.step ?? -1;
    expect(forked.sharedEvents).toBe(forkStep);
    const fork = service.state(forked.exerciseId);
    // The same events, seed and settings: the same world, byte for byte,
    // waiting in the fork's lobby.
    expect({ ...fork.context, phase: 'injects' }).toEqual(replayed.frame(forkStep).context);
    expect(fork.context).toMatchObject({ move: 2, phase: 'lobby', timer: null });
    expect(fork.tags).toEqual(expect.arrayContaining(['lobby', 'fork-lobby']));
    expect(fork.status).toBe('active');
    expect(fork.context.seed).toBe(service.state(original.exerciseId).context.seed);

    const ended = service.state(original.exerciseId).context;
    expect(fork.context.decisions).toEqual(ended.decisions.filter((d) => d.move < 2));
    expect(fork.context.adjudications).toEqual(ended.adjudications.filter((a) => a.move < 2));
    const history = fork.context.trackHistory;
    expect(history.length).toBeGreaterThan(2);
    expect(ended.trackHistory.slice(0, history.length)).toEqual(history);
    const scheduled = ended.injects.filter(
      (inject) => inject.move <= 2 && inject.cause.kind === 'scheduled',
    );
    expect(scheduled.some((inject) => inject.move === 2)).toBe(true);
    for (const inject of scheduled) expect(fork.context.injects).toContainEqual(inject);

    // Nobody is seated; the stored log is the original's events, then the lobby's.
    expect(service.roster(forked.exerciseId)).toEqual([]);
    const events = (id: string) =>
      store
        .readEvents(id)
        .map((stored) => stored.event as { event?: unknown; service?: unknown })
        .filter((payload) => payload.event !== undefined)
        .map((payload) => payload.event);
    expect(store.readEvents(forked.exerciseId)).toHaveLength(forkStep + 1);
    expect(events(forked.exerciseId).slice(0, forkStep)).toEqual(
      events(original.exerciseId).slice(0, forkStep),
    );
    expect(events(forked.exerciseId)[forkStep]).toEqual({
      type: 'fork.openLobby',
      at: clock.now(),
    });
    expect(JSON.stringify(store.readEvents(original.exerciseId))).toBe(originalLog);
  });

  it('survives a restart, and the original stays as it was', () => {
    const before = JSON.stringify(harness.service.state(forked.exerciseId).context);
    harness.service.stop();
    harness.store.close();
    harness = open();
    const report = harness.service.restoreAll();
    expect(report.failed).toEqual([]);
    // The ended original is read back when it is asked for; the fork is active.
    expect(report.restored).toEqual([forked.exerciseId]);
    expect(harness.service.state(original.exerciseId).ended).toBe(true);
    expect(JSON.stringify(harness.service.state(forked.exerciseId).context)).toBe(before);
    expect(harness.service.forkOrigin(forked.exerciseId)).toEqual(forked.forkedFrom);
    expect(harness.service.findByJoinCode(forked.joinCode)).toBe(forked.exerciseId);
    expect(() =>
      harness.service.authenticateFacilitator(forked.exerciseId, forked.facilitatorKey),
    ).not.toThrow();
    expect(JSON.stringify(harness.store.readEvents(original.exerciseId))).toBe(originalLog);
  });

  it('opens no move until every team is seated, then resumes at the forked move', () => {
    const { service } = harness;
    const id = forked.exerciseId;
    const world = service.state(id).context;
    const control = (command: ExerciseCommand, commandId: string) =>
      submitAs(service, id, { kind: 'facilitator' }, commandId, command);
    expect(control({ type: 'facilitator.advance' }, 'lobby-1')).toMatchObject({
      ok: false,
      reason: 'not-started',
    });
    expect(control({ type: 'facilitator.start' }, 'lobby-2')).toEqual({
      ok: false,
      reason: 'teams-unseated',
      message:
        'Every team needs a player or a bot before play resumes; nobody plays Washington, Mexico City, The Cartels yet.',
      detail: { teams: ['washington', 'mexico-city', 'cartels'] },
    });
    wes = service.joinExercise(forked.joinCode, { name: 'Wes', team: 'washington' }).playerId;
    mara = service.joinExercise(forked.joinCode, { name: 'Mara', team: 'mexico-city' }).playerId;
    expect(control({ type: 'facilitator.start' }, 'lobby-3')).toMatchObject({
      ok: false,
      reason: 'teams-unseated',
      message: expect.stringMatching(/nobody plays The Cartels yet\.$/),
    });
    expect(service.state(id).context).toEqual(world);

    service.setSeat(id, 'cartels', 'bot', 'hawkish');
    expect(control({ type: 'facilitator.start' }, 'lobby-4')).toEqual({
      ok: true,
      duplicate: false,
    });
    const resumed = service.state(id);
    expect(resumed.context).toEqual({ ...world, phase: 'injects' });
    expect(resumed.tags).not.toContain('fork-lobby');
    expect(resumed.context.move).toBe(2);
  });

  it('diverges after: new decisions from that move lead elsewhere', () => {
    const { service } = harness;
    const id = forked.exerciseId;
    playOn({
      service,
      clock,
      exerciseId: id,
      prefix: 'fork-',
      leads: { washington: wes, 'mexico-city': mara },
      deciders: {
        // Washington plays as before; Mexico City takes the US into its command centres.
        washington: () =>
          decideForTeam(usMexico, service.state(id).context, 'washington', 'balanced'),
        'mexico-city': () => ({
          kind: 'actions',
          cards: ['offer-command-centre-role'],
          rationale: 'Better inside the tent.',
        }),
      },
    });
    const fork = service.state(id).context;
    const ended = service.state(original.exerciseId).context;
    expect(service.state(id).ended).toBe(true);

    // The shared history is untouched...
    const history = (exerciseId: string) =>
      service
        .projectionInput(exerciseId)
        .log.slice(0, forkStep)
        .map(({ move, phase, paused, event }) => ({ move, phase, paused, event }));
    expect(history(id)).toEqual(history(original.exerciseId));
    expect(fork.adjudications.filter((a) => a.move < 2)).toEqual(
      ended.adjudications.filter((a) => a.move < 2),
    );
    // ...Washington made the same choice in move 2, Mexico City another...
    expect(cardsOf(fork, 'washington', 2)).toEqual(cardsOf(ended, 'washington', 2));
    expect(cardsOf(ended, 'mexico-city', 2)).toEqual(['refuse-foreign-troops']);
    expect(cardsOf(fork, 'mexico-city', 2)).toEqual(['offer-command-centre-role']);
    // ...and the world after move 2 is another one.
    const after = (context: ExerciseContext) =>
      context.adjudications.find((a) => a.move === 2)?.tracksAfter;
    expect(after(fork)).toBeDefined();
    expect(after(fork)).not.toEqual(after(ended));
    const moved = Object.keys(after(fork) ?? {}).filter(
      (track) => after(fork)?.[track] !== after(ended)?.[track],
    );
    expect(moved.length).toBeGreaterThan(0);

    // The fork, once ended, replays too and says where it came from.
    const timeline = service.replay(id).timeline();
    expect(timeline.forkedFrom).toEqual({ exerciseId: original.exerciseId, move: 2 });
    const originalSteps = service.replay(original.exerciseId).steps;
    expect(timeline.steps.slice(1, forkStep + 1).map((s) => [s.type, s.move, s.phase])).toEqual(
      originalSteps.slice(1, forkStep + 1).map((s) => [s.type, s.move, s.phase]),
    );
    expect(JSON.stringify(harness.store.readEvents(original.exerciseId))).toBe(originalLog);
  });
});
