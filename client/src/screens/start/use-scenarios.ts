import { useEffect, useState } from 'react';
import { ScenarioListResponse, type ScenarioSummary } from '@borderline/shared';

export type ScenarioLoad =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'loaded'; scenarios: ScenarioSummary[] };

/** Fetches the scenario catalogue once; the response is checked against the shared schema. */
export function useScenarios(): ScenarioLoad {
  const [load, setLoad] = useState<ScenarioLoad>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/scenarios', { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`The server answered ${response.status}.`);
        const parsed = ScenarioListResponse.safeParse(await response.json());
        if (!parsed.success)
          throw new Error('The server sent a scenario list this page cannot read.');
        setLoad({ status: 'loaded', scenarios: parsed.data.scenarios });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setLoad({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      });
    return () => controller.abort();
  }, []);
  return load;
}
