import type { DraftDecision, Language, ReflectionAnswers } from '@borderline/shared';
import { draftCleared, draftKey, draftWritten } from './drafts-slice';
import { useExerciseStore } from './exercise-store';
import { browserStorage, type KeyValueStorage } from './key-value-storage';
import { takeOldReflectionDraft } from './old-reflection-draft';
import {
  reflectionDraftCleared,
  reflectionDraftKey,
  reflectionDraftWritten,
} from './reflection-drafts-slice';
import { seatForgotten, seatResumed, seatTaken, type Seat, type SeatRole } from './session-slice';
import { languageChosen } from './ui-slice';

/**
 * What the page's controls change, as one-liners over the slices' updaters.
 * The socket's news goes in through connection/, not through these.
 */

export function chooseLanguage(language: Language): void {
  useExerciseStore.setState((state) => ({ ui: languageChosen(state.ui, language) }));
}

export function takeSeat(seat: Seat): void {
  useExerciseStore.setState((state) => ({ session: seatTaken(state.session, seat) }));
}

/** Back to a remembered seat (after a reload); null when this browser holds none. */
export function resumeSeat(exerciseId: string, role: SeatRole): Seat | null {
  useExerciseStore.setState((state) => ({
    session: seatResumed(state.session, exerciseId, role),
  }));
  const current = useExerciseStore.getState().session.current;
  return current?.exerciseId === exerciseId && current.role === role ? current : null;
}

export function forgetSeat(exerciseId: string, role: SeatRole): void {
  useExerciseStore.setState((state) => ({
    session: seatForgotten(state.session, exerciseId, role),
  }));
}

/** Kept as it is typed: the store writes it to localStorage at once. */
export function writeDraft(
  exerciseId: string,
  team: string,
  draft: DraftDecision,
  move: number,
): void {
  useExerciseStore.setState((state) => ({
    drafts: draftWritten(state.drafts, draftKey(exerciseId, team), draft, move, Date.now()),
  }));
}

export function clearDraft(exerciseId: string, team: string): void {
  useExerciseStore.setState((state) => ({
    drafts: draftCleared(state.drafts, draftKey(exerciseId, team)),
  }));
}

/** Kept as it is typed, like a decision's draft. */
export function writeReflectionDraft(
  exerciseId: string,
  playerId: string,
  answers: ReflectionAnswers,
): void {
  useExerciseStore.setState((state) => ({
    reflectionDrafts: reflectionDraftWritten(
      state.reflectionDrafts,
      reflectionDraftKey(exerciseId, playerId),
      answers,
      Date.now(),
    ),
  }));
}

export function clearReflectionDraft(exerciseId: string, playerId: string): void {
  useExerciseStore.setState((state) => ({
    reflectionDrafts: reflectionDraftCleared(
      state.reflectionDrafts,
      reflectionDraftKey(exerciseId, playerId),
    ),
  }));
}

/**
 * A draft an earlier version of the page kept under its own key moves into
 * the store, unless the store already holds a newer one.
 */
export function adoptOldReflectionDraft(
  exerciseId: string,
  playerId: string,
  storage: KeyValueStorage | null = browserStorage(),
): void {
  const old = takeOldReflectionDraft(storage, exerciseId, playerId);
  const key = reflectionDraftKey(exerciseId, playerId);
  if (old === null || key in useExerciseStore.getState().reflectionDrafts.byKey) return;
  writeReflectionDraft(exerciseId, playerId, old);
}
