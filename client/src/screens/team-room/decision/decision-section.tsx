import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { clearDraft } from '../../../state/actions';
import type { Names } from '../../../exercise/view-names';
import type { RoomState } from '../room-state';
import { DecisionCard } from './decision-card';
import { DecisionForm } from './decision-form';
import { HandPreview } from './hand-preview';
import { TurnOrder } from './turn-order';

/**
 * The move's decisions: the order of play; the team's hand to read while the
 * developments come in, then from deliberation on the shared form (drafted
 * together before the turn, submitted on it) or the submitted decision; and
 * what the other teams have decided so far that the team may see.
 */
export function DecisionSection({
  view,
  room,
  names,
}: {
  view: ExerciseView;
  room: RoomState;
  names: Names;
}) {
  const { t } = useTranslation();
  const { exercise } = view;
  const { team } = room;
  const thisMove = view.decisions
    .filter((decision) => decision.move === exercise.move)
    .sort((a, b) => a.order - b.order);
  const own = thisMove.find((decision) => decision.team === team);
  const others = thisMove.filter((decision) => decision.team !== team);
  // Once the lead has submitted, every member's local copy of the draft is moot.
  useEffect(() => {
    if (room.decided && team !== null) clearDraft(exercise.id, team);
  }, [room.decided, team, exercise.id]);

  return (
    <section id="decisions" className="panel tr-decisions" aria-labelledby="decisions-title">
      <h2 id="decisions-title">{t('team.decisions.title', { move: exercise.move })}</h2>
      <TurnOrder exercise={exercise} ownTeam={team} names={names} />
      {room.handPreview && (
        <HandPreview
          hand={view.team?.cards ?? []}
          uses={view.team?.uses ?? {}}
          tracks={view.scenario.tracks}
          names={names}
        />
      )}
      {room.draftOpen && team !== null && (
        <DecisionForm
          key={`${exercise.id}:${team}:${exercise.move}`}
          view={view}
          room={room}
          team={team}
          names={names}
        />
      )}
      {own !== undefined && (
        <DecisionCard
          decision={own}
          names={names}
          title={t('team.decisions.yours')}
          testId="submitted-decision"
        />
      )}
      <h3>{t('team.decisions.others')}</h3>
      {others.length === 0 ? (
        <p className="tr-hint">{t('team.decisions.noneYet')}</p>
      ) : (
        others.map((decision) => (
          <DecisionCard
            key={decision.team}
            decision={decision}
            names={names}
            title={names.team(decision.team)}
          />
        ))
      )}
    </section>
  );
}
