import type { Language } from '@borderline/shared';
import { useExerciseStore } from '../state/exercise-store';

/** The reader's language, for the scenario's texts (`localize`) and for dates. */
export function useLanguage(): Language {
  return useExerciseStore((state) => state.ui.language);
}
