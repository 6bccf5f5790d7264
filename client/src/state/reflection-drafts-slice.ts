import type { ReflectionAnswers } from '@borderline/shared';

/** A hotwash reflection being written in this browser, kept so that a reload loses nothing. */
export interface LocalReflectionDraft {
  answers: ReflectionAnswers;
  updatedAt: number;
}

export interface ReflectionDraftsSlice {
  /** By `reflectionDraftKey(exerciseId, playerId)`: each player writes their own. */
  byKey: Record<string, LocalReflectionDraft>;
}

export const initialReflectionDrafts: ReflectionDraftsSlice = { byKey: {} };

export function reflectionDraftKey(exerciseId: string, playerId: string): string {
  return `${exerciseId}:${playerId}`;
}

export function reflectionDraftWritten(
  drafts: ReflectionDraftsSlice,
  key: string,
  answers: ReflectionAnswers,
  now: number,
): ReflectionDraftsSlice {
  return { byKey: { ...drafts.byKey, [key]: { answers, updatedAt: now } } };
}

/** Submitted: the form goes on from what the view says was sent. */
export function reflectionDraftCleared(
  drafts: ReflectionDraftsSlice,
  key: string,
): ReflectionDraftsSlice {
  if (!(key in drafts.byKey)) return drafts;
  return { byKey: Object.fromEntries(Object.entries(drafts.byKey).filter(([k]) => k !== key)) };
}
