import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { Scenario, WhatIfAnalysis } from '@borderline/shared';
import type { ExerciseEvent, ExerciseInput } from '../engine';
import { analyseWhatIf, type WhatIfOptions } from './analyse-what-if';

/**
 * One exercise to analyse, as the main thread posts it. The scenario comes
 * with the first task that needs it; later tasks name it by `scenarioKey`
 * (id@version), so that it is not copied to the worker again for each one.
 */
export interface WhatIfTask {
  taskId: number;
  scenarioKey: string;
  scenario?: Scenario;
  input: ExerciseInput;
  events: ExerciseEvent[];
  options: WhatIfOptions;
}

/** The worker's answer to one task. */
export type WhatIfTaskResult =
  | { taskId: number; ok: true; analysis: WhatIfAnalysis | null; durationMs: number }
  | { taskId: number; ok: false; message: string };

/** The lowest scheduling priority (the highest nice value) Linux knows. */
const LOWEST_PRIORITY = 19;

function lowerOwnPriority(): void {
  try {
    // On Linux the nice value belongs to a thread, and 0 names the calling
    // one: the analysis yields a core to the live exercises' event loop.
    setPriority(0, LOWEST_PRIORITY);
  } catch {
    // A system that refuses it still runs the analysis, at normal priority.
  }
}

const port = parentPort;
if (port !== null) {
  lowerOwnPriority();
  const scenarios = new Map<string, Scenario>();
  port.on('message', (task: WhatIfTask) => {
    const started = performance.now();
    let result: WhatIfTaskResult;
    try {
      if (task.scenario !== undefined) scenarios.set(task.scenarioKey, task.scenario);
      const scenario = scenarios.get(task.scenarioKey);
      if (scenario === undefined) throw new Error(`no scenario ${task.scenarioKey} on the worker`);
      const analysis = analyseWhatIf(scenario, task.input, task.events, task.options);
      const durationMs = performance.now() - started;
      result = { taskId: task.taskId, ok: true, analysis, durationMs };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result = { taskId: task.taskId, ok: false, message };
    }
    port.postMessage(result);
  });
}
