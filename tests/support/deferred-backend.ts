import type {
  AsyncExerciseStore,
  ExerciseHoldings,
} from '../../server/src/store/async-exercise-store';

/** One write the store under test has started: the test lands it or fails it when it likes. */
export interface StartedWrite {
  method: string;
  exerciseId: string;
  args: unknown[];
  /** Whether the test has landed or failed it yet. */
  open: boolean;
  land(): void;
  fail(error: Error): void;
}

type WriteMethod =
  | 'createExercise'
  | 'markEnded'
  | 'deleteExercise'
  | 'appendEvent'
  | 'saveSnapshot'
  | 'savePlayer'
  | 'appendChat'
  | 'recordCommand'
  | 'recordFork'
  | 'saveWhatIf';

/** Waits until every promise callback due now has run (a chain's next write has started). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A database whose every write waits for the test: each call is recorded
 * as started and settles only when the test lands or fails it. It holds
 * only what `holdings` is given to hand out; any other read is refused (the
 * mirrored store must answer those from memory).
 */
export class DeferredBackend implements AsyncExerciseStore {
  readonly started: StartedWrite[] = [];
  readonly holdings = new Map<string, ExerciseHoldings>();
  loads = 0;
  closed = false;

  /** The writes started and not yet landed or failed, of one exercise or of all. */
  open(exerciseId?: string): StartedWrite[] {
    return this.started.filter(
      (write) => write.open && (exerciseId === undefined || write.exerciseId === exerciseId),
    );
  }

  /** What the store has started, as `method exerciseId` lines. */
  calls(exerciseId?: string): string[] {
    return this.started
      .filter((write) => exerciseId === undefined || write.exerciseId === exerciseId)
      .map((write) => `${write.method} ${write.exerciseId}`);
  }

  /** The one open write of the exercise (fails the test if there is none, or more). */
  only(exerciseId: string): StartedWrite {
    const open = this.open(exerciseId);
    if (open.length !== 1) {
      throw new Error(`${open.length} writes of ${exerciseId} are open, not one`);
    }
    return open[0] as StartedWrite;
  }

  private write(method: WriteMethod, exerciseId: string, args: unknown[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const write: StartedWrite = {
        method,
        exerciseId,
        args,
        open: true,
        land: () => {
          write.open = false;
          resolve();
        },
        fail: (error) => {
          write.open = false;
          reject(error);
        },
      };
      this.started.push(write);
    });
  }

  createExercise: AsyncExerciseStore['createExercise'] = (record) =>
    this.write('createExercise', record.id, [record]);
  markEnded: AsyncExerciseStore['markEnded'] = (id, at) => this.write('markEnded', id, [at]);
  deleteExercise: AsyncExerciseStore['deleteExercise'] = (id) =>
    this.write('deleteExercise', id, []);
  appendEvent: AsyncExerciseStore['appendEvent'] = (id, event, command) =>
    this.write('appendEvent', id, [event, command]);
  saveSnapshot: AsyncExerciseStore['saveSnapshot'] = (id, snapshot) =>
    this.write('saveSnapshot', id, [snapshot]);
  savePlayer: AsyncExerciseStore['savePlayer'] = (player) =>
    this.write('savePlayer', player.exerciseId, [player]);
  appendChat: AsyncExerciseStore['appendChat'] = (message) =>
    this.write('appendChat', message.exerciseId, [message]);
  recordCommand: AsyncExerciseStore['recordCommand'] = (id, command) =>
    this.write('recordCommand', id, [command]);
  recordFork: AsyncExerciseStore['recordFork'] = (id, origin) =>
    this.write('recordFork', id, [origin]);
  saveWhatIf: AsyncExerciseStore['saveWhatIf'] = (id, whatIf) =>
    this.write('saveWhatIf', id, [whatIf]);

  loadHoldings: AsyncExerciseStore['loadHoldings'] = (id) => {
    this.loads += 1;
    return Promise.resolve(structuredClone(this.holdings.get(id)));
  };

  close: AsyncExerciseStore['close'] = () => {
    this.closed = true;
    return Promise.resolve();
  };

  findExercise = refused;
  findExerciseByJoinCode = refused;
  listExercises = refused;
  readEvents = refused;
  loadExercise = refused;
  listPlayers = refused;
  listChat = refused;
  findCommand = refused;
  listCommands = refused;
  findFork = refused;
  findWhatIf = refused;
}

function refused(): Promise<never> {
  return Promise.reject(new Error('the mirrored store answers its reads from memory'));
}
