import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Scenario } from '@borderline/shared';
import {
  ExerciseService,
  ExerciseServiceError,
  type Secrets,
  type ServiceErrorCode,
  type ServiceLogger,
} from '../../server/src/exercises';
import type { ExerciseStore } from '../../server/src/store/exercise-store';
import { openSqliteStore } from '../../server/src/store/sqlite-store';
import { fixture } from '../fixtures/engine/fixture-scenario';
import { FakeClock } from './fake-clock';
import { submitAs, type ExerciseCommand } from './submit-as';

/** 1 January 2026, UTC. */
export const T0 = 1_767_225_600_000;

/** Ids, codes and keys that count up, so every run is the same. */
export class CountingSecrets implements Secrets {
  private ids = 0;
  private codes = 0;
  private keys = 0;

  constructor(
    private readonly seedValue = 7,
    private readonly codeList: string[] = [],
  ) {}

  id(): string {
    return `id-${String((this.ids += 1)).padStart(4, '0')}`;
  }

  joinCode(): string {
    const listed = this.codeList[this.codes];
    this.codes += 1;
    return listed ?? `CODE${String(this.codes).padStart(2, '0')}`;
  }

  key(): string {
    return `secret-key-${(this.keys += 1)}-0123456789abcdef`;
  }

  seed(): number {
    return this.seedValue;
  }
}

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  details: object;
  message: string;
}

export class MemoryLogger implements ServiceLogger {
  readonly lines: LogLine[] = [];
  info(details: object, message: string): void {
    this.lines.push({ level: 'info', details, message });
  }
  warn(details: object, message: string): void {
    this.lines.push({ level: 'warn', details, message });
  }
  error(details: object, message: string): void {
    this.lines.push({ level: 'error', details, message });
  }
}

/** The engine fixture with a private line between Washington and Mexico. */
export const chatFixture: Scenario = {
  ...fixture,
  channels: [
    {
      id: 'washington-mexico',
      name: { en: 'The line' },
      description: { en: 'Governments only.' },
      members: ['washington', 'mexico'],
    },
  ],
};

export interface Harness {
  service: ExerciseService;
  store: ExerciseStore;
  clock: FakeClock;
  secrets: CountingSecrets;
  logger: MemoryLogger;
}

export interface HarnessOptions {
  store?: ExerciseStore;
  clock?: FakeClock;
  secrets?: CountingSecrets;
  scenarios?: Scenario[];
}

export function makeHarness(options: HarnessOptions = {}): Harness {
  const store = options.store ?? openSqliteStore(':memory:');
  const clock = options.clock ?? new FakeClock(T0);
  const secrets = options.secrets ?? new CountingSecrets();
  const logger = new MemoryLogger();
  const scenarios = options.scenarios ?? [chatFixture];
  const service = new ExerciseService({ store, scenarios, clock, secrets, logger });
  return { service, store, clock, secrets, logger };
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The service error `run` throws (fails when it throws nothing or something else). */
export function serviceErrorOf(run: () => unknown): { code: ServiceErrorCode; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof ExerciseServiceError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected an ExerciseServiceError, but nothing was thrown');
}

/**
 * An exercise of the engine fixture with two Washington players (Ana leads),
 * one each for Mexico and the Cartels, and an observer; `control` sends
 * Control's commands and throws on a refusal.
 */
export function seatedExercise(harness: Harness) {
  const { service } = harness;
  const { exerciseId, joinCode } = service.createExercise({ scenarioId: 'engine-fixture' });
  const join = (name: string, team: string | null) =>
    service.joinExercise(joinCode, { name, team }).playerId;
  const ids = {
    ana: join('Ana', 'washington'),
    ben: join('Ben', 'washington'),
    carl: join('Carl', 'mexico'),
    dora: join('Dora', 'cartels'),
    eve: join('Eve', null),
  };
  let counter = 0;
  const control = (command: ExerciseCommand) => {
    const result = submitAs(
      service,
      exerciseId,
      { kind: 'facilitator' },
      `f-${(counter += 1)}`,
      command,
    );
    if (!result.ok) throw new Error(`${command.type} refused: ${result.message}`);
    return result;
  };
  return { ...harness, exerciseId, ids, control };
}
