import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Scenario, WhatIfAnalysis } from '@borderline/shared';
import type { WhatIfTask, WhatIfTaskResult } from './what-if-worker';

/** What one finished analysis brings back. */
export interface WhatIfThreadResult {
  analysis: WhatIfAnalysis | null;
  durationMs: number;
}

/**
 * The worker's module beside this one: `.ts` when the server runs from its
 * sources (tsx, vitest), `.js` once compiled.
 */
function workerEntry(): URL {
  const here = fileURLToPath(import.meta.url);
  return pathToFileURL(path.join(path.dirname(here), `what-if-worker${path.extname(here)}`));
}

/**
 * A worker does not inherit the loader that lets the main thread import
 * TypeScript (tsx here, Vite's under vitest), so a worker started from the
 * sources registers tsx's ESM hooks itself before importing its entry.
 */
function bootstrapCode(entry: URL): string {
  const load = `import(${JSON.stringify(entry.href)})`;
  if (!entry.pathname.endsWith('.ts')) return load;
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exportsMap = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const esmApi = exportsMap.exports['./esm/api'];
  if (esmApi === undefined) throw new Error('tsx no longer exports tsx/esm/api.');
  const api = pathToFileURL(path.join(path.dirname(manifest), esmApi.import.default));
  return `import(${JSON.stringify(api.href)}).then((tsx) => { tsx.register(); return ${load}; })`;
}

interface Pending {
  resolve: (result: WhatIfThreadResult) => void;
  reject: (error: Error) => void;
}

/**
 * One worker thread, at the lowest priority, that runs the what-if
 * analyses: a few seconds of CPU per ended exercise that would otherwise
 * share the event loop with every live exercise. Started on the first task,
 * started again if it dies; its tasks run one after the other.
 */
/** A task as its caller gives it: the scenario whole; the thread sends it once per worker. */
export type WhatIfThreadTask = Omit<WhatIfTask, 'taskId' | 'scenarioKey' | 'scenario'> & {
  scenario: Scenario;
};

/**
 * The worker's old generation is capped, so that its heap stays small under
 * a long queue instead of growing as far as V8 would let it; one analysis
 * needs a few megabytes.
 */
const WORKER_HEAP_MB = 96;

export class WhatIfThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  /** The scenarios the current worker holds, by id@version. */
  private readonly sent = new Set<string>();
  private nextTaskId = 1;

  run(task: WhatIfThreadTask): Promise<WhatIfThreadResult> {
    const taskId = this.nextTaskId;
    this.nextTaskId += 1;
    const worker = this.ensureWorker();
    const scenarioKey = `${task.scenario.id}@${task.scenario.version}`;
    const { scenario, ...rest } = task;
    const message: WhatIfTask = this.sent.has(scenarioKey)
      ? { ...rest, taskId, scenarioKey }
      : { ...rest, taskId, scenarioKey, scenario };
    this.sent.add(scenarioKey);
    return new Promise((resolve, reject) => {
      this.pending.set(taskId, { resolve, reject });
      worker.postMessage(message);
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('The what-if thread was stopped.'));
    if (worker !== null) await worker.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = new Worker(bootstrapCode(workerEntry()), {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    this.sent.clear();
    // An idle analysis thread never keeps the process alive.
    worker.unref();
    worker.on('message', (result: WhatIfTaskResult) => this.settle(result));
    worker.on('error', (error) => this.lose(worker, error));
    worker.on('exit', (code) =>
      this.lose(worker, new Error(`The what-if thread exited (${code}).`)),
    );
    this.worker = worker;
    return worker;
  }

  private settle(result: WhatIfTaskResult): void {
    const pending = this.pending.get(result.taskId);
    if (pending === undefined) return;
    this.pending.delete(result.taskId);
    if (result.ok) pending.resolve({ analysis: result.analysis, durationMs: result.durationMs });
    else pending.reject(new Error(result.message));
  }

  /** A worker that died takes its tasks with it; the next task starts another. */
  private lose(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.failAll(error);
  }

  private failAll(error: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const { reject } of pending) reject(error);
  }
}
