import { percentile } from './command-window';

/** The what-if analyses the server finished during the run (its worker thread's log lines). */
export interface WhatIfFigures {
  stored: number;
  medianMs: number;
}

export function whatIfFigures(logs: readonly unknown[]): WhatIfFigures {
  const durations = logs.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { msg, durationMs } = entry as { msg?: unknown; durationMs?: unknown };
    return msg === 'what-if analysis stored' && typeof durationMs === 'number' ? [durationMs] : [];
  });
  return { stored: durations.length, medianMs: percentile(durations, 50) };
}
