import { useEffect, useState } from 'react';
import type { WhatIfResponse } from '@borderline/shared';
import { whatIfOverHttp, type ReaderCredentials } from '@borderline/shared/http-client';

export type WhatIfState =
  { status: 'loading' } | WhatIfResponse | { status: 'load-failed'; message: string };

/** While the server computes, it is asked again this often. */
export const WHAT_IF_POLL_MS = 3_000;

/**
 * The exercise's choices-versus-dice analysis, asked again every few
 * seconds while the server computes it (it takes up to a minute after the
 * play ends), then kept.
 */
export function useWhatIf(exerciseId: string, credentials: ReaderCredentials | null): WhatIfState {
  const [state, setState] = useState<WhatIfState>({ status: 'loading' });
  const secret =
    credentials === null
      ? null
      : credentials.role === 'facilitator'
        ? credentials.key
        : credentials.token;
  const role = credentials?.role ?? null;
  useEffect(() => {
    if (secret === null || role === null) return;
    const reader: ReaderCredentials =
      role === 'facilitator' ? { role, key: secret } : { role, token: secret };
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const ask = () => {
      whatIfOverHttp('', exerciseId, reader, { signal: controller.signal }).then(
        (answer) => {
          setState(answer);
          if (answer.status === 'computing') timer = setTimeout(ask, WHAT_IF_POLL_MS);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const message = error instanceof Error ? error.message : String(error);
          setState({ status: 'load-failed', message });
        },
      );
    };
    ask();
    return () => {
      controller.abort();
      if (timer !== null) clearTimeout(timer);
    };
  }, [exerciseId, secret, role]);
  return state;
}
