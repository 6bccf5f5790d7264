import { useTranslation } from 'react-i18next';
import type { ReportAction, ReportDecision } from '@borderline/shared';
import { ChangeList } from './report-bits';
import type { ReportNames } from './use-report-names';

function ActionEntry({ action, names }: { action: ReportAction; names: ReportNames }) {
  const { t } = useTranslation();
  const { result } = action;
  const name =
    action.card !== null
      ? names.text(action.card.name)
      : t('report.timeline.freeform', { description: action.freeform?.description ?? '' });
  const visibility = `${t(`report.timeline.visibility.${action.visibility}`)}${action.revealed ? `, ${t('report.timeline.revealed')}` : ''}`;
  return (
    <li className="report-action" data-action={action.id}>
      <strong>{name}</strong> ({visibility})
      {action.freeform !== null && action.freeform.reasons.length > 0 && (
        <> — {t('report.timeline.reasons', { reasons: action.freeform.reasons.join('; ') })}</>
      )}
      {result === null ? (
        <> — {t('report.timeline.notAdjudicated')}</>
      ) : (
        <ul>
          <li>
            {result.ruling !== null &&
              `${
                result.ruling.kind === 'veto'
                  ? t('report.timeline.rulingVeto', { reason: result.ruling.reason })
                  : t('report.timeline.rulingOdds', {
                      odds: result.ruling.odds,
                      reason: result.ruling.reason,
                    })
              }; `}
            {result.odds !== null && t('report.timeline.odds', { odds: result.odds })}
            {result.modifiers.length > 0 &&
              ` (${result.modifiers
                .map((modifier) =>
                  t('report.timeline.modifier', {
                    delta: `${modifier.delta > 0 ? '+' : ''}${modifier.delta}`,
                    reason: names.text(modifier.reason),
                  }),
                )
                .join('; ')})`}
            {', '}
            {result.roll === null
              ? t('report.timeline.certain')
              : t('report.timeline.roll', { roll: result.roll })}{' '}
            →{' '}
            <strong data-outcome={result.outcome}>
              {t(`report.timeline.outcome.${result.outcome}`)}
            </strong>
            {result.override !== null &&
              ` — ${t('report.timeline.overridden', {
                outcome: t(`report.timeline.outcome.${result.override.outcome}`),
                reason: result.override.reason,
              })}`}
          </li>
          {result.text !== null && <li>{names.text(result.text)}</li>}
          {result.costs.length > 0 && (
            <li>
              {t('report.timeline.costs')}: <ChangeList changes={result.costs} names={names} />
            </li>
          )}
          {result.effects.length > 0 && (
            <li>
              {t('report.timeline.effects')}: <ChangeList changes={result.effects} names={names} />
            </li>
          )}
          {result.triggers.length > 0 && (
            <li>
              {t('report.timeline.triggers')}:{' '}
              {result.triggers.map((inject) => names.text(inject.title)).join('; ')}
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

/** A team's decision: what it played and how each action came out, its rationale and statement. */
export function TimelineDecision({
  decision,
  names,
  decidedAtOnce,
}: {
  decision: ReportDecision;
  names: ReportNames;
  /** The teams decided at once (the format's mode): no position to tell. */
  decidedAtOnce: boolean;
}) {
  const { t, i18n } = useTranslation();
  const what =
    decision.kind === 'hold'
      ? t(`report.timeline.hold.${decision.holdReason ?? 'unknown'}`)
      : t(`report.timeline.kind.${decision.kind}`);
  // A bot's rationale is told in the reader's language with the cards' names.
  const rationaleOf = ({ botTemperament, actions, rationale }: ReportDecision) => {
    if (botTemperament === null) return rationale;
    const temperament = t(`report.timeline.botTemperament.${botTemperament}`);
    const cards = actions.flatMap((action) =>
      action.card === null ? [] : [names.text(action.card.name)],
    );
    if (cards.length === 0) return t('report.timeline.botHolds', { temperament });
    const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(cards);
    return t('report.timeline.botPlays', { temperament, cards: list });
  };
  return (
    <li className="report-decision" data-team={decision.team}>
      <h5>
        {names.team(decision.team)}{' '}
        <span className="report-meta">
          ({!decidedAtOnce && `${t('report.timeline.order', { position: decision.order + 1 })}, `}
          {t('report.timeline.at', { time: names.clock(decision.at) })})
        </span>
        {' · '}
        <span className="report-decision-kind">{what}</span>
      </h5>
      {decision.actions.length > 0 && (
        <ul>
          {decision.actions.map((action) => (
            <ActionEntry key={action.id} action={action} names={names} />
          ))}
        </ul>
      )}
      <dl className="report-facts">
        <dt>{t('report.timeline.rationale')}</dt>
        <dd className="report-rationale">{rationaleOf(decision) || '–'}</dd>
        {/* "No statement" is left off paper. */}
        <dt className={decision.statement === null ? 'report-no-statement' : undefined}>
          {t('report.timeline.statement')}
        </dt>
        <dd className={decision.statement === null ? 'report-no-statement' : undefined}>
          {decision.statement === null
            ? t('report.timeline.noStatement')
            : `“${decision.statement}”`}
        </dd>
      </dl>
    </li>
  );
}
