import { useTranslation } from 'react-i18next';
import type { DecisionView } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';

/** A submitted decision, whole: what was played, hidden or not, why, and what was said. */
export function DecisionSummary({ decision, names }: { decision: DecisionView; names: Names }) {
  const { t } = useTranslation();
  return (
    <div className="control-decision" data-team={decision.team} data-move={decision.move}>
      <p>
        <strong>
          {decision.kind === 'hold' && decision.holdReason !== null
            ? t(`control.holdReason.${decision.holdReason}`)
            : t(`control.decisionKind.${decision.kind}`)}
        </strong>
      </p>
      {decision.actions.length > 0 && (
        <ul>
          {decision.actions.map((action) => (
            <li key={action.id}>
              {action.card !== null
                ? names.card(action.card)
                : (action.freeform?.description ?? t('control.review.freeformAction'))}{' '}
              <span className="control-tag">{t(`control.visibility.${action.visibility}`)}</span>
              {action.revealed && (
                <span className="control-tag"> {t('control.teams.revealed')}</span>
              )}
              {action.freeform !== null && action.freeform.reasons.length > 0 && (
                <ul>
                  {action.freeform.reasons.map((reason, index) => (
                    <li key={index}>{reason}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {decision.rationale !== null && decision.rationale !== '' && (
        <p>
          <span className="control-label">{t('control.teams.rationale')}:</span>{' '}
          {decision.rationale}
        </p>
      )}
      {decision.statement !== null && decision.statement !== '' && (
        <p>
          <span className="control-label">{t('control.teams.statement')}:</span>{' '}
          {decision.statement}
        </p>
      )}
    </div>
  );
}
