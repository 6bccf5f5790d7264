import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import type { Names } from '../../exercise/view-names';
import type { RoomState } from './room-state';

/** What the reader should do now, in plain words: the one line a first-time student needs. */
export function useWhatNow(view: ExerciseView, room: RoomState, names: Names) {
  const { t } = useTranslation();
  const { exercise } = view;
  const { turn } = exercise;
  switch (exercise.phase) {
    case 'briefing': {
      // What opens next is the format's first move: a practice move only if it plays one.
      const first = exercise.playedMoves[0] ?? 1;
      return first === 0 ? t('team.now.briefing') : t('team.now.briefingMove', { move: first });
    }
    case 'injects':
      return room.handPreview ? t('team.now.injectsHand') : t('team.now.injects');
    case 'deliberation':
      return room.draftOpen ? t('team.now.deliberationDraft') : t('team.now.deliberation');
    case 'decisions': {
      if (room.myTurn) {
        if (room.isLead) return t('team.now.decideLead');
        return room.lead === null
          ? t('team.now.decideNoLead')
          : t('team.now.decideMember', { name: room.lead.name });
      }
      if (room.decided) {
        return turn.pending.length === 0
          ? t('team.now.decidedAll')
          : t('team.now.decidedWaiting', { teams: turn.pending.map(names.team).join(', ') });
      }
      if (turn.current !== null)
        return room.draftOpen
          ? t('team.now.waitingForDraft', { team: names.team(turn.current) })
          : t('team.now.waitingFor', { team: names.team(turn.current) });
      return t('team.now.waiting');
    }
    case 'adjudication':
      return t('team.now.adjudication');
    case 'results':
      return t('team.now.results');
    case 'dilemma': {
      const dilemma = view.ending?.dilemma ?? null;
      if (dilemma === null) return t('team.now.results');
      if (dilemma.team !== room.team)
        return t('team.now.dilemmaWaiting', { team: names.team(dilemma.team) });
      if (room.isLead) return t('team.now.dilemmaLead');
      return room.lead === null
        ? t('team.now.decideNoLead')
        : t('team.now.dilemmaMember', { name: room.lead.name });
    }
    default:
      return t('team.now.over');
  }
}

export function WhatNow({
  view,
  room,
  names,
}: {
  view: ExerciseView;
  room: RoomState;
  names: Names;
}) {
  const { t } = useTranslation();
  const now = useWhatNow(view, room, names);
  return (
    <p className="tr-now" data-testid="what-now" aria-live="polite">
      <strong>{t('team.now.label')}</strong> {now}
      {view.exercise.paused && <> {t('team.now.paused')}</>}
    </p>
  );
}
