import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExerciseService } from '../../../server/src/exercises';
import type { ExerciseStore } from '../../../server/src/store/exercise-store';
import { openSqliteStore } from '../../../server/src/store/sqlite-store';
import { FakeClock } from '../../support/fake-clock';
import {
  CountingSecrets,
  makeHarness,
  serviceErrorOf,
  T0,
  tempDir,
} from '../../support/exercise-service-harness';
import { playToEnd } from '../../support/play-through';
import { submitAs, type ExerciseCommand } from '../../support/submit-as';

const MINUTE = 60_000;

describe('crash recovery', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  });

  function openFile(file: string): ExerciseStore {
    const store = openSqliteStore(file);
    cleanups.push(() => store.close());
    return store;
  }

  /**
   * Plays into the middle of move 0's decisions on a file-backed store:
   * Washington has decided, Mexico's deadline runs, the Cartels are a bot,
   * chat was posted in three channels, Mexico keeps a draft, the lobby is
   * locked. Returns what a restarted server must see again.
   */
  function playIntoAMove() {
    const { dir, remove } = tempDir('borderline-crash-');
    cleanups.push(remove);
    const file = path.join(dir, 'exercises.sqlite');
    const clock = new FakeClock(T0);
    const first = makeHarness({ store: openFile(file), clock, secrets: new CountingSecrets(5) });
    const { service } = first;
    const { exerciseId, joinCode } = service.createExercise({
      scenarioId: 'engine-fixture',
      settings: { timing: { decisionMinutes: 6 } },
    });
    const join = (name: string, team: string | null) =>
      service.joinExercise(joinCode, { name, team });
    const ana = join('Ana', 'washington');
    const ben = join('Ben', 'washington');
    const carl = join('Carl', 'mexico');
    const eve = join('Eve', null);
    service.setSeat(exerciseId, 'cartels', 'bot', 'hawkish');
    service.setLobbyLocked(exerciseId, true);
    service.setConnected(exerciseId, ana.playerId, true);
    let counter = 0;
    const control = (command: ExerciseCommand) => {
      clock.advanceBy(1_000);
      const result = submitAs(
        service,
        exerciseId,
        { kind: 'facilitator' },
        `f${(counter += 1)}`,
        command,
      );
      if (!result.ok) throw new Error(`${command.type} refused: ${result.message}`);
    };
    control({ type: 'facilitator.start' });
    for (let note = 0; note < 30; note += 1) {
      control({ type: 'facilitator.addNarrative', text: `briefing note ${note}` });
    }
    for (let step = 0; step < 3; step += 1) control({ type: 'facilitator.advance' });
    service.postChat(
      exerciseId,
      { kind: 'player', playerId: ben.playerId },
      'team:washington',
      'Sanctions?',
    );
    service.updateDraft(exerciseId, ana.playerId, {
      kind: 'actions',
      cards: ['sanctions'],
      rationale: 'pressure',
    });
    clock.advanceBy(30_000);
    const washington = submitAs(
      service,
      exerciseId,
      { kind: 'player', playerId: ana.playerId },
      'ana-decides',
      {
        type: 'team.submitDecision',
        team: 'washington',
        decision: { kind: 'actions', cards: ['sanctions'], rationale: 'pressure' },
      },
    );
    expect(washington.ok).toBe(true);
    clock.advanceBy(10_000);
    service.postChat(
      exerciseId,
      { kind: 'player', playerId: carl.playerId },
      'channel:washington-mexico',
      'Talk?',
    );
    service.postChat(exerciseId, { kind: 'facilitator' }, 'broadcast', 'Mexico, five minutes.');
    service.updateDraft(exerciseId, carl.playerId, { kind: 'hold', rationale: 'thinking' });
    const state = service.state(exerciseId);
    expect(state.context.phase).toBe('decisions');
    expect(state.context.decisions.map((d) => d.team)).toEqual(['washington']);
    expect(state.context.timer?.status).toBe('running');
    // A snapshot exists and events follow it: the restore takes both paths.
    const loaded = first.store.loadExercise(exerciseId);
    expect(loaded?.snapshot).toBeDefined();
    expect(loaded?.events.length).toBeGreaterThan(0);
    const before = {
      context: JSON.stringify(state.context),
      deadline: state.context.timer?.status === 'running' ? state.context.timer.deadline : null,
      // Connections are not kept across a restart: people reconnect; bots are always there.
      roster: service.roster(exerciseId).map((entry) => ({ ...entry, connected: entry.isBot })),
      chat: service.chat(exerciseId),
      drafts: service.drafts(exerciseId),
      participation: service.participation(exerciseId),
      info: service.info(exerciseId),
    };
    // No shutdown call: the first service and its store are simply dropped.
    return { file, clock, exerciseId, joinCode, ana, ben, carl, eve, before };
  }

  function restart(
    file: string,
    at: number,
  ): { service: ExerciseService; clock: FakeClock; store: ExerciseStore } {
    const clock = new FakeClock(at);
    const store = openFile(file);
    const { service } = makeHarness({ store, clock, secrets: new CountingSecrets(5) });
    cleanups.push(() => service.stop());
    expect(service.restoreAll().failed).toEqual([]);
    return { service, clock, store };
  }

  it('resumes in the same phase with the same decisions, chat, drafts, roster and deadline, and plays on', () => {
    const played = playIntoAMove();
    const { exerciseId, before } = played;
    const { service, clock, store } = restart(played.file, played.clock.now() + MINUTE);

    const state = service.state(exerciseId);
    expect(JSON.stringify(state.context)).toBe(before.context);
    expect(state.context.phase).toBe('decisions');
    expect(state.context.decisions.map((d) => [d.team, d.actions.map((a) => a.card)])).toEqual([
      ['washington', ['sanctions']],
    ]);
    expect(clock.pending()).toEqual([before.deadline]);
    expect(service.roster(exerciseId)).toEqual(before.roster);
    expect(service.chat(exerciseId)).toEqual(before.chat);
    expect(service.chat(exerciseId).map((m) => m.text)).toEqual([
      'Sanctions?',
      'Talk?',
      'Mexico, five minutes.',
    ]);
    expect(service.drafts(exerciseId)).toEqual(before.drafts);
    expect(service.drafts(exerciseId)).toEqual({
      mexico: {
        team: 'mexico',
        move: 0,
        playerId: played.carl.playerId,
        at: played.clock.now(),
        draft: { kind: 'hold', rationale: 'thinking' },
      },
    });
    expect(service.participation(exerciseId)).toEqual(before.participation);
    expect(service.info(exerciseId)).toEqual(before.info);
    expect(service.info(exerciseId)).toMatchObject({
      lobbyLocked: true,
      seats: { cartels: 'bot' },
    });

    // Seats come back by token; the lobby is still locked to newcomers.
    expect(service.resumePlayer(exerciseId, played.carl.token)).toMatchObject({
      name: 'Carl',
      isLead: true,
    });
    expect(
      serviceErrorOf(() => service.joinExercise(played.joinCode, { name: 'Zed', team: null })).code,
    ).toBe('lobby-locked');

    // A command repeated after the restart is applied once.
    const events = store.readEvents(exerciseId).length;
    const repeated = submitAs(
      service,
      exerciseId,
      { kind: 'player', playerId: played.ana.playerId },
      'ana-decides',
      {
        type: 'team.submitDecision',
        team: 'washington',
        decision: { kind: 'actions', cards: ['sanctions'], rationale: 'pressure' },
      },
    );
    expect(repeated).toEqual({ ok: true, duplicate: true });
    expect(store.readEvents(exerciseId)).toHaveLength(events);

    // And the game plays on to its end: Mexico decides, the bot follows, and so on.
    playToEnd({
      service,
      clock,
      exerciseId,
      leads: { washington: played.ana.playerId, mexico: played.carl.playerId },
      prefix: 'after-',
    });
    const end = service.state(exerciseId);
    expect(end.ended).toBe(true);
    expect(end.context.decisions.filter((d) => d.move === 0).map((d) => d.team)).toEqual([
      'washington',
      'mexico',
      'cartels',
    ]);
    expect(store.findExercise(exerciseId)?.status).toBe('ended');
  });

  it('fires a deadline that passed while the server was down as soon as it is back', () => {
    const played = playIntoAMove();
    const deadline = played.before.deadline ?? 0;
    const backAt = deadline + 5 * MINUTE;
    const { service, clock } = restart(played.file, backAt);
    expect(clock.pending()).toEqual([deadline]);
    clock.runDue();
    const { context } = service.state(played.exerciseId);
    expect(context.decisions.map((d) => [d.team, d.holdReason, d.at])).toEqual([
      ['washington', null, context.decisions[0]?.at],
      ['mexico', 'deadline', backAt],
      ['cartels', null, backAt],
    ]);
    expect(context.phase).toBe('adjudication');
  });

  it('replays the whole log when the newest snapshot is unusable', () => {
    const played = playIntoAMove();
    const broken = openFile(played.file);
    broken.saveSnapshot(played.exerciseId, {
      seq: broken.readEvents(played.exerciseId).length,
      snapshot: { format: 1, scenarioId: 'another-scenario', scenarioVersion: 1, snapshot: {} },
    });
    const clock = new FakeClock(played.clock.now());
    const harness = makeHarness({ store: openFile(played.file), clock });
    cleanups.push(() => harness.service.stop());
    expect(harness.service.restoreAll()).toEqual({ restored: [played.exerciseId], failed: [] });
    expect(JSON.stringify(harness.service.state(played.exerciseId).context)).toBe(
      played.before.context,
    );
    expect(harness.logger.lines.map((line) => line.message)).toContain(
      'snapshot unusable; replaying the whole log',
    );
  });

  it('restores a store written before the log left the engine, rebuilding the log by replay', () => {
    const played = playIntoAMove();
    const expected = restart(played.file, played.clock.now()).service.projectionInput(
      played.exerciseId,
    ).log;
    // As an older server wrote it: events without where the engine took them,
    // and a snapshot whose context carries its own copy of the log.
    const db = new Database(played.file);
    const rows = db
      .prepare<[], { seq: number; event: string }>('SELECT seq, event FROM events')
      .all();
    const update = db.prepare('UPDATE events SET event = ? WHERE seq = ?');
    for (const row of rows) {
      const older = JSON.parse(row.event) as Record<string, unknown>;
      delete older['accepted'];
      update.run(JSON.stringify(older), row.seq);
    }
    const snapshots = db
      .prepare<[], { seq: number; snapshot: string }>('SELECT seq, snapshot FROM snapshots')
      .all();
    for (const row of snapshots) {
      const stored = JSON.parse(row.snapshot) as { snapshot: { context: object } };
      stored.snapshot.context = { ...stored.snapshot.context, log: [{ seq: 0 }] };
      db.prepare('UPDATE snapshots SET snapshot = ? WHERE seq = ?').run(
        JSON.stringify(stored),
        row.seq,
      );
    }
    db.close();
    const { service } = restart(played.file, played.clock.now());
    const restored = service.projectionInput(played.exerciseId);
    expect(restored.log).toEqual(expected);
    expect(restored.log.length).toBeGreaterThan(30);
    expect(JSON.stringify(restored.context)).toBe(played.before.context);
    expect('log' in restored.context).toBe(false);
  });

  it('reports an exercise whose scenario is no longer loaded, and restores the others', () => {
    const played = playIntoAMove();
    const harness = makeHarness({ store: openFile(played.file), scenarios: [] });
    cleanups.push(() => harness.service.stop());
    expect(harness.service.restoreAll()).toEqual({
      restored: [],
      failed: [
        { exerciseId: played.exerciseId, message: 'scenario engine-fixture v1 is not loaded' },
      ],
    });
  });
});
