import { useTranslation } from 'react-i18next';
import type { DecisionView, ExerciseView, PlayedAction } from '@borderline/shared';
import { useNames } from '../../exercise/view-names';

function ActionLine({ view, action }: { view: ExerciseView; action: PlayedAction }) {
  const { t } = useTranslation();
  const names = useNames(view);
  const name =
    action.card !== null
      ? names.card(action.card)
      : t('hotwash.timeline.freeform', { description: action.freeform?.description ?? '' });
  return (
    <li data-action={action.id}>
      {name}
      {action.visibility === 'covert' && (
        <span className="tag debrief-covert">
          {action.revealed ? t('hotwash.timeline.covertRevealed') : t('hotwash.timeline.covert')}
        </span>
      )}
    </li>
  );
}

/**
 * One team's decision in a move: what it played (or that it held), its
 * public statement, and its rationale where the reader may see it (the own
 * team's, or every team's for Control: the view leaves it out otherwise).
 */
export function DecisionEntry({ view, decision }: { view: ExerciseView; decision: DecisionView }) {
  const { t } = useTranslation();
  const names = useNames(view);
  const own = view.recipient.kind === 'team' && view.recipient.team === decision.team;
  let played: string | null = null;
  if (decision.kind === 'hold')
    played = t(`hotwash.timeline.hold.${decision.holdReason ?? 'chosen'}`);
  else if (decision.kind === 'undisclosed') played = t('hotwash.timeline.undisclosed');
  return (
    <li className="debrief-decision" data-team={decision.team}>
      <p className="debrief-decision-team">
        <strong>{names.team(decision.team)}</strong>
        {own && <span className="tag">{t('hotwash.timeline.yourTeam')}</span>}
      </p>
      {played !== null ? (
        <p>{played}</p>
      ) : (
        <ul className="debrief-actions" aria-label={t('hotwash.timeline.played')}>
          {decision.actions.map((action) => (
            <ActionLine key={action.id} view={view} action={action} />
          ))}
        </ul>
      )}
      {decision.statement !== null && (
        <figure className="debrief-statement">
          <figcaption>{t('hotwash.timeline.statement')}</figcaption>
          <blockquote>“{decision.statement}”</blockquote>
        </figure>
      )}
      {decision.rationale !== null && decision.rationale !== '' && (
        <div className="debrief-rationale">
          <p className="debrief-label">
            {own ? t('hotwash.timeline.ownRationale') : t('hotwash.timeline.rationale')}
          </p>
          <p>{decision.rationale}</p>
        </div>
      )}
    </li>
  );
}
