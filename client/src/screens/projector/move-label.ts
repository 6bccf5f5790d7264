import type { TFunction } from 'i18next';

/** "Move 2", or "Practice move" for move 0 (move 0, and only it, is the practice move). */
export function moveLabel(t: TFunction, move: number): string {
  return move === 0 ? t('common.practiceMove') : t('common.move', { move });
}
