import { useEffect, useState } from 'react';
import type { ScenarioSummary } from '@borderline/shared';
import { scenariosOverHttp } from '@borderline/shared/http-client';

export type ScenarioLoad =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'loaded'; scenarios: ScenarioSummary[] };

/** Fetches the scenario catalogue once; the shared client checks it against its schema. */
export function useScenarios(): ScenarioLoad {
  const [load, setLoad] = useState<ScenarioLoad>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    scenariosOverHttp('', { signal: controller.signal })
      .then(({ scenarios }) => setLoad({ status: 'loaded', scenarios }))
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
