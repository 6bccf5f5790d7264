import { useEffect, useRef, useState } from 'react';
import type { ExerciseView, ReplayTimelineResponse } from '@borderline/shared';
import {
  replayTimelineOverHttp,
  replayViewOverHttp,
  type ReaderCredentials,
} from '@borderline/shared/http-client';

const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error));

export interface TimelineRequest {
  timeline: ReplayTimelineResponse | null;
  /** Why the server refused, or the network failed; null while asking or once loaded. */
  error: Error | null;
  retry: () => void;
}

/** Tells two readers apart, for the requests made for each. */
const readerKey = (credentials: ReaderCredentials): string =>
  credentials.role === 'facilitator' ? `key:${credentials.key}` : `seat:${credentials.token}`;

/**
 * The steps of an ended exercise, asked with Control's key or the player's
 * seat this browser holds (`credentials` must keep its identity between
 * renders: see replay-page).
 */
export function useReplayTimeline(
  exerciseId: string,
  credentials: ReaderCredentials,
): TimelineRequest {
  const [attempt, setAttempt] = useState(0);
  const reader = readerKey(credentials);
  const request = `${exerciseId}:${reader}:${attempt}`;
  const [answer, setAnswer] = useState<{
    request: string;
    timeline: ReplayTimelineResponse | null;
    error: Error | null;
  } | null>(null);
  useEffect(() => {
    let current = true;
    replayTimelineOverHttp('', exerciseId, credentials).then(
      (timeline) => {
        if (current) setAnswer({ request, timeline, error: null });
      },
      (error: unknown) => {
        if (current) setAnswer({ request, timeline: null, error: asError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [exerciseId, credentials, request]);
  const mine = answer?.request === request ? answer : null;
  return {
    timeline: mine?.timeline ?? null,
    error: mine?.error ?? null,
    retry: () => setAttempt((n) => n + 1),
  };
}

export interface StepViewRequest {
  /** The view asked for, or the one shown before it while it loads; null at first. */
  view: ExerciseView | null;
  /** Whether `view` is the one asked for. */
  current: boolean;
  error: Error | null;
}

/**
 * The world at a step through someone's eyes. Each view is kept once
 * loaded (an ended exercise never changes), so stepping back is instant;
 * an answer that comes after the reader moved on is not shown.
 */
export function useReplayView(
  exerciseId: string,
  credentials: ReaderCredentials,
  step: number,
  as: string,
): StepViewRequest {
  const request = `${exerciseId}:${readerKey(credentials)}:${step}:${as}`;
  const cache = useRef(new Map<string, ExerciseView>());
  const [shown, setShown] = useState<{ request: string; view: ExerciseView } | null>(null);
  const [failure, setFailure] = useState<{ request: string; error: Error } | null>(null);
  useEffect(() => {
    let current = true;
    const kept = cache.current.get(request);
    const pending =
      kept !== undefined
        ? Promise.resolve(kept)
        : replayViewOverHttp('', exerciseId, credentials, { step, as }).then((view) => {
            cache.current.set(request, view);
            return view;
          });
    pending.then(
      (view) => {
        if (current) setShown({ request, view });
      },
      (error: unknown) => {
        if (current) setFailure({ request, error: asError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [exerciseId, credentials, step, as, request]);
  return {
    view: shown?.view ?? null,
    current: shown?.request === request,
    error: failure?.request === request ? failure.error : null,
  };
}
