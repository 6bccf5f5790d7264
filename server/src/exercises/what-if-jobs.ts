import { WhatIfAnalysis, type WhatIfResponse } from '@borderline/shared';
import type { ExerciseEvent, ExerciseInput } from '../engine';
import type { ExerciseRecord } from '../store/exercise-store';
import {
  analyseWhatIf,
  DEFAULT_WHAT_IF_OPTIONS,
  type WhatIfOptions,
} from '../what-if/analyse-what-if';
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
  /**
   * The longest the analysis runs before it lets the event loop take the
   * live exercises' commands (then it goes on at the next turn): a command
   * waits at most this long behind it.
   */
  sliceMs: number;
  /**
   * The pause after each slice: the analysis takes at most sliceMs of every
   * sliceMs + restMs of the event loop, however many exercises end at once.
   */
  restMs: number;
}

export const DEFAULT_WHAT_IF_SETTINGS: WhatIfSettings = {
  options: DEFAULT_WHAT_IF_OPTIONS,
  sliceMs: 4,
  restMs: 4,
};

interface Job {
  exerciseId: string;
  run: Generator<void, WhatIfAnalysis | null>;
}

/** The engine's input for an exercise record, as its fresh engine was created. */
function inputOf(record: ExerciseRecord): ExerciseInput {
  const { format, skipPractice, timing } = readSettings(record.id, record.settings);
  return { seed: record.seed, config: { format, skipPractice, timing } };
}

/**
 * Choices versus dice, in the background: once an exercise's play is over
 * (its hotwash opens), its what-if analysis is computed from its stored log,
 * one exercise at a time, in slices of at most `sliceMs` with a rest of
 * `restMs` between them (a timer), so that live exercises keep their
 * latency; the result is stored with the exercise, so it is computed once
 * and survives a restart (an exercise whose analysis was cut short by one is
 * analysed again when it is next asked for).
 */
export class WhatIfJobs {
  private readonly queue: string[] = [];
  private current: Job | null = null;
  private readonly failed = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
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

  stop(): void {
    this.stopped = true;
    this.unsubscribe();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
    this.queue.length = 0;
  }

  private playIsOver(exerciseId: string): boolean {
    const live = this.runtime.find(exerciseId);
    if (live === undefined) return false;
    return live.engine.phase === 'hotwash' || live.engine.isEnded;
  }

  private ensure(exerciseId: string): void {
    if (this.stopped || this.failed.has(exerciseId)) return;
    if (this.current?.exerciseId === exerciseId || this.queue.includes(exerciseId)) return;
    const stored = this.runtime.deps.store.findWhatIf(exerciseId);
    if (stored !== undefined && stored.method === WHAT_IF_METHOD) return;
    this.queue.push(exerciseId);
    this.schedule();
  }

  private forget(exerciseId: string): void {
    const at = this.queue.indexOf(exerciseId);
    if (at >= 0) this.queue.splice(at, 1);
    if (this.current?.exerciseId === exerciseId) this.current = null;
    this.failed.delete(exerciseId);
  }

  private schedule(): void {
    if (this.timer !== null || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.slice();
    }, this.settings.restMs);
  }

  private start(exerciseId: string): Job | null {
    const live = this.runtime.find(exerciseId);
    if (live === undefined) return null;
    const events: ExerciseEvent[] = [];
    for (const stored of this.runtime.deps.store.readEvents(exerciseId)) {
      const entry = readEntry(exerciseId, stored);
      if (entry.kind === 'event') events.push(entry.event);
    }
    const input = inputOf(live.record);
    return { exerciseId, run: analyseWhatIf(live.scenario, input, events, this.settings.options) };
  }

  /** Runs the current job for one slice; stores its result when it is done. */
  private slice(): void {
    const started = performance.now();
    while (performance.now() - started < this.settings.sliceMs) {
      if (this.current === null) {
        const next = this.queue.shift();
        if (next === undefined) return;
        this.current = this.start(next);
        continue;
      }
      const job = this.current;
      try {
        const step = job.run.next();
        if (step.done !== true) continue;
        this.current = null;
        this.save(job.exerciseId, step.value);
      } catch (error) {
        this.current = null;
        this.failed.add(job.exerciseId);
        this.runtime.deps.logger.error(
          { exerciseId: job.exerciseId, err: error },
          'what-if analysis failed',
        );
      }
    }
    this.schedule();
  }

  private save(exerciseId: string, analysis: WhatIfAnalysis | null): void {
    const { store, clock, logger } = this.runtime.deps;
    if (store.findExercise(exerciseId) === undefined) return;
    store.saveWhatIf(exerciseId, { method: WHAT_IF_METHOD, computedAt: clock.now(), analysis });
    logger.info(
      {
        exerciseId,
        rolls: analysis?.rolls.length ?? 0,
        decisions: analysis?.decisions.length ?? 0,
      },
      'what-if analysis stored',
    );
  }
}
