import { useTranslation } from 'react-i18next';
import type { DecisionView, PlayedAction } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';

/**
 * One team's decision as the reader may see it: the own team's whole (with
 * its rationale), another team's public actions and statement only.
 */
export function DecisionCard({
  decision,
  names,
  title,
  testId,
}: {
  decision: DecisionView;
  names: Names;
  title: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <article className="tr-decision" data-team={decision.team} data-testid={testId}>
      <h4>{title}</h4>
      {decision.kind === 'hold' && (
        <p>{t(`team.decision.hold.${decision.holdReason ?? 'chosen'}`)}</p>
      )}
      {decision.kind === 'undisclosed' && <p>{t('team.decision.undisclosed')}</p>}
      {decision.actions.length > 0 && (
        <ul className="tr-actions">
          {decision.actions.map((action) => (
            <ActionLine key={action.id} action={action} names={names} />
          ))}
        </ul>
      )}
      {decision.rationale !== null && decision.rationale !== '' && (
        <p>
          <strong>{t('team.decision.rationale')}:</strong> {decision.rationale}
        </p>
      )}
      {decision.statement !== null && (
        <figure className="tr-statement">
          <figcaption>{t('team.decision.statement')}</figcaption>
          <blockquote>{decision.statement}</blockquote>
        </figure>
      )}
    </article>
  );
}

function ActionLine({ action, names }: { action: PlayedAction; names: Names }) {
  const { t } = useTranslation();
  const covert =
    action.visibility === 'covert'
      ? action.revealed
        ? t('team.decision.revealed')
        : t('team.decision.covert')
      : null;
  return (
    <li>
      {action.card !== null && <strong>{names.card(action.card)}</strong>}
      {action.freeform !== null && (
        <>
          <strong>{t('team.decision.freeform')}:</strong> {action.freeform.description}
          {action.freeform.reasons.length > 0 && (
            <ul>
              {action.freeform.reasons.map((reason, index) => (
                <li key={index}>{reason}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {covert !== null && <span className="tr-tag tr-tag-covert">{covert}</span>}
    </li>
  );
}
