import {
  EXERCISE_TAGS,
  FIRST_DEBRIEF_STAGE,
  type ControlOpen,
  type RefusalDetail,
  type Scenario,
} from '@borderline/shared';
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { controlOpen } from './control-open';
import type { ExerciseEvent } from './events';
import type { ExerciseContext, ExerciseInput, Phase } from './exercise-context';
import { createExerciseMachine, type ExerciseMachine, type ExerciseTag } from './exercise-machine';
import { explainRefusal } from './explain-refusal';
import type { RefusalCode } from './refusal';
import { indexScenario } from './scenario-index';

export type ExerciseSnapshot = SnapshotFrom<ExerciseMachine>;

export type SendResult =
  { ok: true } | { ok: false; code: RefusalCode; message: string; detail?: RefusalDetail };

/** A persisted exercise: the machine's persisted snapshot, which carries the whole context. */
export interface PersistedExercise {
  format: 1;
  scenarioId: string;
  scenarioVersion: number;
  snapshot: unknown;
}

/**
 * Snapshots stored before the log left the context carry it in theirs: the
 * store holds the log, so the copy is dropped rather than kept in memory.
 */
function withoutOldLog(snapshot: ExerciseSnapshot): ExerciseSnapshot {
  if (!('log' in snapshot.context)) return snapshot;
  const context: ExerciseContext & { log?: unknown } = { ...snapshot.context };
  delete context.log;
  return { ...snapshot, context } as ExerciseSnapshot;
}

/**
 * Snapshots stored before the debrief's stages were part of the state have
 * none: their debrief stands at the first stage.
 */
function withDebriefStage(snapshot: ExerciseSnapshot): ExerciseSnapshot {
  const stored: Partial<ExerciseContext> = snapshot.context;
  if (stored.debriefStage !== undefined) return snapshot;
  const context: ExerciseContext = { ...snapshot.context, debriefStage: FIRST_DEBRIEF_STAGE };
  return { ...snapshot, context } as ExerciseSnapshot;
}

/** Snapshots stored before the knowledge check existed hold no sittings of it. */
function withKnowledgeAttempts(snapshot: ExerciseSnapshot): ExerciseSnapshot {
  const stored: Partial<ExerciseContext> = snapshot.context;
  if (stored.knowledgeAttempts !== undefined) return snapshot;
  const context: ExerciseContext = { ...snapshot.context, knowledgeAttempts: [] };
  return { ...snapshot, context } as ExerciseSnapshot;
}

const machines = new WeakMap<Scenario, ExerciseMachine>();

/** One machine per scenario object, built once and shared by all its exercises. */
export function machineFor(scenario: Scenario): ExerciseMachine {
  let machine = machines.get(scenario);
  if (machine === undefined) {
    machine = createExerciseMachine(scenario);
    machines.set(scenario, machine);
  }
  return machine;
}

/**
 * A small facade over one exercise's machine. It runs the machine in an
 * XState actor that has no timers and no children, so sending an event is a
 * synchronous, deterministic step. (XState's pure `transition` function would
 * do the same but builds a throwaway actor for every call, which costs more
 * than the step itself.) An event the machine does not take is refused with
 * a code and a reason.
 */
export class Exercise {
  readonly scenario: Scenario;
  readonly machine: ExerciseMachine;
  private readonly actor: Actor<ExerciseMachine>;

  private constructor(scenario: Scenario, actor: Actor<ExerciseMachine>) {
    this.scenario = scenario;
    this.machine = machineFor(scenario);
    this.actor = actor;
    actor.start();
    this.assertHealthy();
  }

  static create(scenario: Scenario, input: ExerciseInput): Exercise {
    return new Exercise(scenario, createActor(machineFor(scenario), { input }));
  }

  static restore(scenario: Scenario, persisted: PersistedExercise): Exercise {
    if (persisted.scenarioId !== scenario.id || persisted.scenarioVersion !== scenario.version) {
      throw new Error(
        `The exercise was saved for ${persisted.scenarioId} v${persisted.scenarioVersion}, not ${scenario.id} v${scenario.version}.`,
      );
    }
    // Restoring runs no entry action again; the input is required by the
    // types but ignored when a snapshot is given.
    const snapshot = withKnowledgeAttempts(
      withDebriefStage(withoutOldLog(persisted.snapshot as ExerciseSnapshot)),
    );
    const input = { seed: snapshot.context.seed, config: snapshot.context.config };
    return new Exercise(scenario, createActor(machineFor(scenario), { snapshot, input }));
  }

  send(event: ExerciseEvent): SendResult {
    if (typeof event !== 'object' || event === null || !Number.isFinite(event.at)) {
      return { ok: false, code: 'invalid-event', message: 'An event needs a finite time "at".' };
    }
    const before = this.actor.getSnapshot();
    // An ended exercise's actor is stopped: it would only warn about the event.
    if (before.status === 'active') {
      this.actor.send(event);
      if (this.actor.getSnapshot() !== before) {
        this.assertHealthy();
        return { ok: true };
      }
    }
    const refusal = explainRefusal(indexScenario(this.scenario), before, event);
    // The explanation runs the machine's own guards: if they would take the
    // event, the machine and its guards disagree, which is a bug.
    if (refusal === null) {
      throw new Error(`The machine refused "${event.type}", which its guards accept.`);
    }
    return { ok: false, ...refusal };
  }

  /** A rule that throws is a bug, never a refusal: it must not pass unnoticed. */
  private assertHealthy(): void {
    const snapshot = this.actor.getSnapshot();
    if (snapshot.status === 'error') throw snapshot.error;
  }

  getSnapshot(): ExerciseSnapshot {
    return this.actor.getSnapshot();
  }

  get context(): ExerciseContext {
    return this.actor.getSnapshot().context;
  }

  get phase(): Phase {
    return this.context.phase;
  }

  get isPaused(): boolean {
    return this.actor.getSnapshot().hasTag('paused');
  }

  get isEnded(): boolean {
    return this.actor.getSnapshot().status === 'done';
  }

  hasTag(tag: ExerciseTag): boolean {
    return this.actor.getSnapshot().hasTag(tag);
  }

  /** Which of Control's commands the machine takes now. */
  get controlOpen(): ControlOpen {
    return controlOpen(indexScenario(this.scenario), this.actor.getSnapshot());
  }

  /** The current state's tags, in the protocol's order (XState types its set as strings). */
  get tags(): ExerciseTag[] {
    const snapshot = this.actor.getSnapshot();
    return EXERCISE_TAGS.filter((tag) => snapshot.hasTag(tag));
  }

  persist(): PersistedExercise {
    const snapshot: unknown = this.actor.getPersistedSnapshot();
    return {
      format: 1,
      scenarioId: this.scenario.id,
      scenarioVersion: this.scenario.version,
      snapshot: JSON.parse(JSON.stringify(snapshot)),
    };
  }
}

export function createExercise(scenario: Scenario, input: ExerciseInput): Exercise {
  return Exercise.create(scenario, input);
}

export function restoreExercise(scenario: Scenario, persisted: PersistedExercise): Exercise {
  return Exercise.restore(scenario, persisted);
}
