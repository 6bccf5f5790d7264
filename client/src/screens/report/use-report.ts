import { useCallback, useEffect, useState } from 'react';
import type { Report } from '@borderline/shared';
import { HttpError, reportOverHttp, type ReportCredentials } from '@borderline/shared/http-client';
import { useExerciseStore } from '../../state/exercise-store';
import { seatKey } from '../../state/session-slice';

export type ReportFailure =
  'noSeat' | 'notEnded' | 'notShared' | 'unauthorized' | 'notFound' | 'other';

export type ReportState =
  | { status: 'loading' }
  | { status: 'ready'; report: Report }
  /** `cause`: what failed, for the page to word in its reader's language. */
  | { status: 'failed'; failure: ReportFailure; message: string; cause: unknown };

/** Control's key when this browser holds it (it reads every report), else a player's seat token. */
export function useReportCredentials(exerciseId: string): ReportCredentials | null {
  const key = useExerciseStore((state) => {
    const seat = state.session.saved[seatKey(exerciseId, 'facilitator')];
    return seat?.role === 'facilitator' ? seat.key : null;
  });
  const token = useExerciseStore((state) => {
    const seat = state.session.saved[seatKey(exerciseId, 'player')];
    return seat?.role === 'player' ? seat.token : null;
  });
  if (key !== null) return { role: 'facilitator', key };
  if (token !== null) return { role: 'player', token };
  return null;
}

function failureOf(error: unknown): { failure: ReportFailure; message: string; cause: unknown } {
  if (!(error instanceof HttpError)) {
    const message = error instanceof Error ? error.message : String(error);
    return { failure: 'other', message, cause: error };
  }
  const failure: ReportFailure =
    error.status === 409
      ? 'notEnded'
      : error.status === 403
        ? 'notShared'
        : error.status === 401
          ? 'unauthorized'
          : error.status === 404
            ? 'notFound'
            : 'other';
  return { failure, message: error.message, cause: error };
}

/** Loads the report once per exercise and credentials; `reload` asks again (e.g. once shared). */
export function useReport(
  exerciseId: string,
  credentials: ReportCredentials | null,
): { state: ReportState; reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const secret =
    credentials === null
      ? null
      : credentials.role === 'facilitator'
        ? credentials.key
        : credentials.token;
  const role = credentials?.role ?? null;
  // The answer is kept with the request it answers: a new request shows "loading" until its own.
  const request = `${exerciseId}|${role ?? ''}|${secret ?? ''}|${attempt}`;
  const [answer, setAnswer] = useState<{ request: string; state: ReportState } | null>(null);
  useEffect(() => {
    if (secret === null || role === null) return;
    let current = true;
    const asked: ReportCredentials =
      role === 'facilitator' ? { role, key: secret } : { role, token: secret };
    reportOverHttp('', exerciseId, asked).then(
      (report) => current && setAnswer({ request, state: { status: 'ready', report } }),
      (error: unknown) =>
        current && setAnswer({ request, state: { status: 'failed', ...failureOf(error) } }),
    );
    return () => {
      current = false;
    };
  }, [exerciseId, secret, role, request]);
  const state: ReportState =
    answer !== null && answer.request === request ? answer.state : { status: 'loading' };
  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  if (credentials === null)
    return { state: { status: 'failed', failure: 'noSeat', message: '', cause: null }, reload };
  return { state, reload };
}
