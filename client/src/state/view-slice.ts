import type { ExerciseView } from '@borderline/shared';

export interface ViewSlice {
  /** The latest whole view, rebuilt from the server's frames (ViewStream). */
  current: ExerciseView | null;
  /** The browser's clock when it arrived, to correct for the server's clock. */
  receivedAt: number | null;
}

export const initialView: ViewSlice = { current: null, receivedAt: null };

export function viewReceived(_view: ViewSlice, next: ExerciseView, now: number): ViewSlice {
  return { current: next, receivedAt: now };
}

export function viewCleared(view: ViewSlice): ViewSlice {
  return view.current === null ? view : initialView;
}
