import type { DraftDecision } from '@borderline/shared';

/** A decision being written in this browser, kept locally so that a reload loses nothing. */
export interface LocalDraft {
  draft: DraftDecision;
  /** The move it was written for: a draft of an earlier move is stale. */
  move: number;
  updatedAt: number;
}

export interface DraftsSlice {
  /** By `draftKey(exerciseId, team)`. */
  byKey: Record<string, LocalDraft>;
}

export const initialDrafts: DraftsSlice = { byKey: {} };

export function draftKey(exerciseId: string, team: string): string {
  return `${exerciseId}:${team}`;
}

export function draftWritten(
  drafts: DraftsSlice,
  key: string,
  draft: DraftDecision,
  move: number,
  now: number,
): DraftsSlice {
  return { byKey: { ...drafts.byKey, [key]: { draft, move, updatedAt: now } } };
}

/** Submitted or abandoned. */
export function draftCleared(drafts: DraftsSlice, key: string): DraftsSlice {
  if (!(key in drafts.byKey)) return drafts;
  return { byKey: Object.fromEntries(Object.entries(drafts.byKey).filter(([k]) => k !== key)) };
}
