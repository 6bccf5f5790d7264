import { useTranslation } from 'react-i18next';
import { namesInSentence, type ExerciseView } from '@borderline/shared';
import { listOf } from '../../start/format-words';
import type { Names } from '../../../exercise/view-names';
import type { RoomState } from '../room-state';

/**
 * Why the team cannot submit yet, in plain words: "You can submit when your
 * turn opens; your team decides after Washington." Null once it can.
 */
export function useWaitReason(
  view: ExerciseView,
  room: RoomState,
  team: string,
  names: Names,
): string | null {
  const { t } = useTranslation();
  if (room.myTurn) return null;
  const { phase, turn } = view.exercise;
  if (turn.mode === 'simultaneous') return t('team.wait.simultaneous');
  if (room.teamsBefore.length > 0) {
    const before = listOf(
      names.language,
      'conjunction',
      namesInSentence(room.teamsBefore.map(names.team), names.language),
    );
    return t('team.wait.after', { before });
  }
  return phase === 'decisions' ? t('team.wait.soon') : t('team.wait.first');
}
