import { WhatIfAnalysis, type WhatIfResponse } from '@borderline/shared';
import type { ExerciseEvent, ExerciseInput } from '../engine';
import type { ExerciseRecord } from '../store/exercise-store';
import { DEFAULT_WHAT_IF_OPTIONS, type WhatIfOptions } from '../what-if/analyse-what-if';
import { WhatIfThread } from '../what-if/what-if-thread';
import type { ExerciseRuntime } from './exercise-runtime';
import { readSettings } from './settings';
import { readEntry } from './stored-entry';

/**
 * The analysis method's version, stored with each analysis: raise it when
 * the analysis changes, and an exercise's older analysis is computed again.
 */
export const WHAT_IF_METHOD = 1;

export interface WhatIfSettings {
  options: WhatIfOptions;
}

export const DEFAULT_WHAT_IF_SETTINGS: WhatIfSettings = { options: DEFAULT_WHAT_IF_OPTIONS };

/** The engine's input for an exercise record, as its fresh engine was created. */
function inputOf(record: ExerciseRecord): ExerciseInput {
  const { format, skipPractice, timing } = readSettings(record.id, record.settings);
  return { seed: record.seed, config: { format, skipPractice, timing } };
}

/**
 * Choices versus dice, in the background: once an exercise's play is over
 * (its hotwash opens), its what-if analysis is computed from its stored log,
 * one exercise at a time, on a worker thread at the lowest priority, so that
 * live exercises keep the event loop and, on a busy machine, the cores; the
 * result is stored with the exercise, so it is computed once and survives a
 * restart (an exercise whose analysis was cut short by one is analysed again
 * when it is next asked for).
 */
export class WhatIfJobs {
  private readonly queue: string[] = [];
  /** The exercise whose analysis is on the thread now. */
  private current: string | null = null;
  private readonly failed = new Set<string>();
  private stopped = false;
  private readonly thread = new WhatIfThread();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly runtime: ExerciseRuntime,
    private readonly settings: WhatIfSettings = DEFAULT_WHAT_IF_SETTINGS,
  ) {
    this.unsubscribe = runtime.onChange((exerciseId, change) => {
      if (change.kind === 'deleted') this.forget(exerciseId);
      else if (change.kind === 'event' && this.playIsOver(exerciseId)) this.ensure(exerciseId);
    });
  }

  /** Where the exercise's analysis stands; asking for one not computed yet starts it. */
  status(exerciseId: string): WhatIfResponse {
    const stored = this.runtime.deps.store.findWhatIf(exerciseId);
    if (stored !== undefined && stored.method === WHAT_IF_METHOD) {
      const parsed = WhatIfAnalysis.nullable().safeParse(stored.analysis);
      if (parsed.success) {
        return parsed.data === null
          ? { status: 'unavailable', reason: 'no-ending' }
          : { status: 'ready', analysis: parsed.data };
      }
    }
    if (!this.playIsOver(exerciseId)) return { status: 'unavailable', reason: 'not-ended' };
    if (this.failed.has(exerciseId)) return { status: 'unavailable', reason: 'failed' };
    this.ensure(exerciseId);
    return { status: 'computing' };
  }

  /** Drops the queue; an analysis on the thread is abandoned (its thread ends). */
  stop(): void {
    this.stopped = true;
    this.unsubscribe();
    this.current = null;
    this.queue.length = 0;
    void this.thread.stop();
  }

  private playIsOver(exerciseId: string): boolean {
    const live = this.runtime.find(exerciseId);
    if (live === undefined) return false;
    return live.engine.phase === 'hotwash' || live.engine.isEnded;
  }

  private ensure(exerciseId: string): void {
    if (this.stopped || this.failed.has(exerciseId)) return;
    if (this.current === exerciseId || this.queue.includes(exerciseId)) return;
    const stored = this.runtime.deps.store.findWhatIf(exerciseId);
    if (stored !== undefined && stored.method === WHAT_IF_METHOD) return;
    this.queue.push(exerciseId);
    this.next();
  }

  private forget(exerciseId: string): void {
    const at = this.queue.indexOf(exerciseId);
    if (at >= 0) this.queue.splice(at, 1);
    // An analysis on the thread finishes; its exercise is gone, so it is not stored.
    if (this.current === exerciseId) this.current = null;
    this.failed.delete(exerciseId);
  }

  /** Sends the next exercise in the queue to the thread, if the thread is free. */
  private next(): void {
    if (this.stopped || this.current !== null) return;
    for (;;) {
      const exerciseId = this.queue.shift();
      if (exerciseId === undefined) return;
      const live = this.runtime.find(exerciseId);
      if (live === undefined) continue;
      this.current = exerciseId;
      const events: ExerciseEvent[] = [];
      for (const stored of this.runtime.deps.store.readEvents(exerciseId)) {
        const entry = readEntry(exerciseId, stored);
        if (entry.kind === 'event') events.push(entry.event);
      }
      const task = {
        scenario: live.scenario,
        input: inputOf(live.record),
        events,
        options: this.settings.options,
      };
      this.thread.run(task).then(
        ({ analysis, durationMs }) =>
          this.done(exerciseId, () => this.save(exerciseId, analysis, durationMs)),
        (error: unknown) => this.done(exerciseId, () => this.fail(exerciseId, error)),
      );
      return;
    }
  }

  private done(exerciseId: string, settle: () => void): void {
    if (this.stopped) return;
    if (this.current === exerciseId) {
      this.current = null;
      settle();
    }
    this.next();
  }

  private fail(exerciseId: string, error: unknown): void {
    this.failed.add(exerciseId);
    this.runtime.deps.logger.error({ exerciseId, err: error }, 'what-if analysis failed');
  }

  private save(exerciseId: string, analysis: WhatIfAnalysis | null, durationMs: number): void {
    const { store, clock, logger } = this.runtime.deps;
    if (store.findExercise(exerciseId) === undefined) return;
    store.saveWhatIf(exerciseId, { method: WHAT_IF_METHOD, computedAt: clock.now(), analysis });
    logger.info(
      {
        exerciseId,
        rolls: analysis?.rolls.length ?? 0,
        decisions: analysis?.decisions.length ?? 0,
        durationMs: Math.round(durationMs),
      },
      'what-if analysis stored',
    );
  }
}
