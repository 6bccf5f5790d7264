import type { ExerciseRecord } from '../store/exercise-store';
import { hashSecret, normaliseJoinCode } from './secrets';
import type { ExerciseRuntime } from './exercise-runtime';
import { newLiveExercise } from './live-exercise';
import { freshEngine, loadLiveExercise } from './load-exercise';
import { SeatRoster } from './seat-roster';
import { serviceError } from './service-error';
import { validateSettings, type CreateSettings } from './settings';

export interface CreatedExercise {
  exerciseId: string;
  joinCode: string;
  /** Shown once to the facilitator; the store keeps only its hash. */
  facilitatorKey: string;
}

export interface RestoreReport {
  restored: string[];
  failed: { exerciseId: string; message: string }[];
}

const JOIN_CODE_ATTEMPTS = 20;

function freeJoinCode(runtime: ExerciseRuntime): string {
  const { secrets, store } = runtime.deps;
  for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt += 1) {
    const code = normaliseJoinCode(secrets.joinCode());
    if (store.findExerciseByJoinCode(code) === undefined) return code;
  }
  throw serviceError('join-code-exhausted', 'No free join code was found; try again.');
}

export function createExercise(
  runtime: ExerciseRuntime,
  input: { scenarioId: string; settings?: CreateSettings | undefined },
): CreatedExercise {
  const { scenarios, secrets, clock, store, logger } = runtime.deps;
  const scenario = scenarios.find((candidate) => candidate.id === input.scenarioId);
  if (scenario === undefined) {
    const known = scenarios.map((candidate) => candidate.id).join(', ');
    throw serviceError(
      'unknown-scenario',
      `There is no scenario "${input.scenarioId}"; this server has: ${known || 'none'}.`,
    );
  }
  const formats = scenario.formats.map((format) => format.id);
  const { seed, ...settings } = validateSettings(input.settings ?? {}, formats);
  const facilitatorKey = secrets.key();
  const record = {
    id: secrets.id(),
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed: seed ?? secrets.seed(),
    joinCode: freeJoinCode(runtime),
    facilitatorKeyHash: hashSecret(facilitatorKey),
    settings,
    status: 'active' as const,
    createdAt: clock.now(),
    endedAt: null,
  };
  const engine = freshEngine(scenario, record);
  store.createExercise(record);
  runtime.register(newLiveExercise(record, scenario, engine, new SeatRoster(scenario, [])));
  logger.info({ exerciseId: record.id, scenarioId: scenario.id }, 'exercise created');
  return { exerciseId: record.id, joinCode: record.joinCode, facilitatorKey };
}

/**
 * Rebuilds every stored active exercise not yet running, and re-arms its
 * deadline (one already past fires on the clock's next tick) and its bots.
 * Ended exercises are loaded when they are asked for. An exercise that
 * cannot be rebuilt is reported, not fatal.
 */
export function restoreAll(runtime: ExerciseRuntime): RestoreReport {
  const { store, logger } = runtime.deps;
  const report: RestoreReport = { restored: [], failed: [] };
  for (const record of store.listExercises()) {
    if (record.status === 'ended' || runtime.isLoaded(record.id)) continue;
    try {
      restoreRecord(runtime, record);
      report.restored.push(record.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.error({ exerciseId: record.id, err: error }, 'exercise could not be restored');
      report.failed.push({ exerciseId: record.id, message });
    }
  }
  logger.info(
    { restored: report.restored.length, failed: report.failed.length },
    'exercises restored',
  );
  return report;
}

function restoreRecord(runtime: ExerciseRuntime, record: ExerciseRecord): void {
  const { store, scenarios, logger } = runtime.deps;
  const scenario = scenarios.find(
    (candidate) =>
      candidate.id === record.scenarioId && candidate.version === record.scenarioVersion,
  );
  if (scenario === undefined) {
    throw new Error(`scenario ${record.scenarioId} v${record.scenarioVersion} is not loaded`);
  }
  runtime.register(loadLiveExercise(store, scenario, record, logger));
}

/**
 * Rebuilds one stored exercise that is not running here (a process that
 * has just taken its lease over): an active one runs again, its deadline
 * and bots re-armed; an ended one is loaded when it is asked for. Throws
 * if it cannot be rebuilt; false if the store has no such exercise.
 */
export function restoreOne(runtime: ExerciseRuntime, exerciseId: string): boolean {
  const record = runtime.deps.store.findExercise(exerciseId);
  if (record === undefined) return false;
  if (record.status === 'active' && !runtime.isLoaded(exerciseId)) restoreRecord(runtime, record);
  return true;
}

/** Removes an exercise and everything stored about it. */
export function deleteExercise(runtime: ExerciseRuntime, exerciseId: string): void {
  runtime.live(exerciseId);
  runtime.unregister(exerciseId);
  runtime.deps.store.deleteExercise(exerciseId);
  runtime.notify(exerciseId, { kind: 'deleted' });
}
