import { ReflectionAnswers } from '@borderline/shared';
import type { KeyValueStorage } from './key-value-storage';

/** Where earlier versions of the page kept a reflection being written, apart from the store. */
export function oldReflectionDraftKey(exerciseId: string, playerId: string): string {
  return `borderline.reflection:${exerciseId}:${playerId}`;
}

/**
 * The draft an earlier version left under its own key, checked, and the key
 * removed: from now on the store keeps it (and prunes it by age, which the old
 * key, without a date, could not be).
 */
export function takeOldReflectionDraft(
  storage: KeyValueStorage | null,
  exerciseId: string,
  playerId: string,
): ReflectionAnswers | null {
  const key = oldReflectionDraftKey(exerciseId, playerId);
  try {
    const text = storage?.getItem(key) ?? null;
    if (text === null) return null;
    storage?.removeItem(key);
    const parsed = ReflectionAnswers.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
