import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { listOf } from '../../start/format-words';
import type { Names } from '../../../exercise/view-names';
import type { RoomState } from '../room-state';

/**
 * Why the team cannot submit yet, in plain words: "You can submit when your
 * turn opens; Mexico City decides after Washington." Null once it can.
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
  const own = names.team(team);
  if (turn.mode === 'simultaneous') return t('team.wait.simultaneous');
  if (room.teamsBefore.length > 0) {
    const before = listOf(names.language, 'conjunction', room.teamsBefore.map(names.team));
    return t('team.wait.after', { team: own, before });
  }
  return phase === 'decisions' ? t('team.wait.soon') : t('team.wait.first', { team: own });
}
