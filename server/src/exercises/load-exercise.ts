import type { Scenario } from '@borderline/shared';
import {
  createExercise,
  replayEvents,
  restoreExercise,
  type Exercise,
  type PersistedExercise,
} from '../engine';
import type { ExerciseRecord, ExerciseStore, StoredSnapshot } from '../store/exercise-store';
import { newLiveExercise, noteEntry, type LiveExercise } from './live-exercise';
import { SeatRoster } from './seat-roster';
import { readSettings } from './settings';
import { readEntry, type StoredEntry } from './stored-entry';

export interface LoadLogger {
  warn(details: object, message: string): void;
}

interface Numbered {
  seq: number;
  at: number;
  entry: StoredEntry;
}

/** A fresh engine for an exercise record, as at its creation. */
export function freshEngine(scenario: Scenario, record: ExerciseRecord): Exercise {
  const settings = readSettings(record.id, record.settings);
  return createExercise(scenario, {
    seed: record.seed,
    config: {
      format: settings.format,
      skipPractice: settings.skipPractice,
      timing: settings.timing,
    },
  });
}

/** The stored engine events after `after`, sent again; each learns where the engine took it. */
function replayOnto(engine: Exercise, entries: Numbered[], after: number): number {
  const events = entries.flatMap(({ seq, entry }) =>
    seq > after && entry.kind === 'event' ? [{ seq, event: entry.event, entry }] : [],
  );
  replayEvents(engine, events, (item, accepted) => {
    item.entry.accepted ??= accepted;
  });
  return events.length;
}

/**
 * The engine from the newest snapshot plus the events after it; from the
 * start if the snapshot fails, or if some events were stored before the log
 * kept where the engine took them (the replay recomputes it).
 */
function rebuildEngine(
  scenario: Scenario,
  record: ExerciseRecord,
  snapshot: StoredSnapshot | undefined,
  entries: Numbered[],
  logger: LoadLogger,
): { engine: Exercise; sinceSnapshot: number } {
  const complete = entries.every(
    ({ entry }) => entry.kind !== 'event' || entry.accepted !== undefined,
  );
  if (snapshot !== undefined && complete) {
    try {
      const engine = restoreExercise(scenario, snapshot.snapshot as PersistedExercise);
      return { engine, sinceSnapshot: replayOnto(engine, entries, snapshot.seq) };
    } catch (error) {
      logger.warn(
        { err: error, exerciseId: record.id, snapshotSeq: snapshot.seq },
        'snapshot unusable; replaying the whole log',
      );
    }
  }
  const engine = freshEngine(scenario, record);
  try {
    return { engine, sinceSnapshot: replayOnto(engine, entries, 0) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Exercise ${record.id}: ${reason}`, { cause: error });
  }
}

/**
 * Rebuilds one exercise from the store: the engine from its latest snapshot
 * and the events after it, and the service's state (applied command ids,
 * lobby lock, bot seats, drafts, participation) from the whole log, the
 * players and the chat. Throws when the log cannot be replayed.
 */
export function loadLiveExercise(
  store: ExerciseStore,
  scenario: Scenario,
  record: ExerciseRecord,
  logger: LoadLogger,
): LiveExercise {
  const loaded = store.loadExercise(record.id);
  if (loaded === undefined) throw new Error(`Exercise ${record.id} is not in the store.`);
  const entries: Numbered[] = store.readEvents(record.id).map((stored) => ({
    seq: stored.seq,
    at: stored.at,
    entry: readEntry(record.id, stored),
  }));
  const { engine, sinceSnapshot } = rebuildEngine(
    scenario,
    loaded.record,
    loaded.snapshot,
    entries,
    logger,
  );
  const roster = new SeatRoster(scenario, store.listPlayers(record.id));
  const live = newLiveExercise(loaded.record, scenario, engine, roster);
  for (const { seq, at, entry } of entries) noteEntry(live, seq, at, entry);
  for (const message of store.listChat(record.id)) live.participation.countChat(message);
  live.eventsSinceSnapshot = sinceSnapshot;
  return live;
}
