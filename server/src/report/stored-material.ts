import fs from 'node:fs';
import type { Scenario } from '@borderline/shared';
import { participationOf } from '../exercises/exercise-view';
import { currentDrafts, toChatMessage } from '../exercises/chat-and-drafts';
import { ratingsOf } from '../exercises/live-exercise';
import { loadLiveExercise, type LoadLogger } from '../exercises/load-exercise';
import type { ExerciseStore } from '../store/exercise-store';
import { openSqliteStore } from '../store/sqlite-store';
import { materialOf, type ReportMaterial } from './report-material';

export class ReportSourceError extends Error {
  override readonly name = 'ReportSourceError';
}

/**
 * Reads one stored exercise as the server would rebuild it after a restart
 * (its latest snapshot and the log after it, roster, chat, service facts)
 * and gives its report material. Reads only: no deadline or bot is armed.
 */
export function storedMaterial(
  store: ExerciseStore,
  scenarios: readonly Scenario[],
  exerciseId: string,
  logger: LoadLogger,
  now: number,
): ReportMaterial {
  const record = store.findExercise(exerciseId);
  if (record === undefined) {
    const known = store.listExercises().map((candidate) => candidate.id);
    throw new ReportSourceError(
      `There is no exercise "${exerciseId}" in the store; it holds ${known.length === 0 ? 'none' : known.join(', ')}.`,
    );
  }
  const scenario = scenarios.find(
    (candidate) =>
      candidate.id === record.scenarioId && candidate.version === record.scenarioVersion,
  );
  if (scenario === undefined) {
    throw new ReportSourceError(
      `Exercise ${exerciseId} was played with scenario ${record.scenarioId} v${record.scenarioVersion}, which is not installed.`,
    );
  }
  const live = loadLiveExercise(store, scenario, record, logger);
  const { engine } = live;
  return materialOf({
    exerciseId,
    scenario,
    context: engine.context,
    tags: engine.tags,
    controlOpen: engine.controlOpen,
    log: live.log,
    roster: live.roster.entries(),
    chat: store.listChat(exerciseId).map((message) => toChatMessage(live, message)),
    drafts: currentDrafts(live),
    lobbyLocked: live.lobbyLocked,
    seats: live.roster.seats(),
    participation: participationOf(live),
    ratings: ratingsOf(live),
    now,
  });
}

/** Opens an existing SQLite file (never creates one: a wrong path is an error, not an empty store). */
export function openExistingStore(file: string): ExerciseStore {
  if (!fs.existsSync(file)) {
    throw new ReportSourceError(
      `No database at ${file}. Set DATA_DIR (the folder of borderline.db) or DB_FILE as the server uses them.`,
    );
  }
  return openSqliteStore(file);
}
