import { useTranslation } from 'react-i18next';
import type { Report, ReportEnding, ReportKeyDecision } from '@borderline/shared';
import { ChangeList, ReportSectionFrame, TraceText } from './report-bits';
import type { ReportNames } from './use-report-names';

function EarlyEnding({ ending, names }: { ending: ReportEnding; names: ReportNames }) {
  const { t } = useTranslation();
  const title = ending.title === null ? (ending.id ?? '–') : names.text(ending.title);
  const { dilemma } = ending;
  return (
    <div data-testid="report-early-ending" data-ending={ending.id ?? ''}>
      <p>
        <strong>
          {ending.kind === 'early'
            ? t('report.decisionPoints.endedEarly', { title, move: ending.move })
            : t('report.decisionPoints.endedByControl', { move: ending.move })}
        </strong>
        {ending.text !== null && `: ${names.text(ending.text)}`}
      </p>
      {ending.reason !== null && (
        <p>{t('report.decisionPoints.reason', { reason: ending.reason })}</p>
      )}
      {ending.trace !== null && (
        // A block, not a paragraph: the explanation is a nested list.
        <div className="report-why">
          {t('report.decisionPoints.why')}: <TraceText trace={ending.trace} names={names} />
        </div>
      )}
      {dilemma !== null && (
        <p>
          {names.text(dilemma.prompt)}{' '}
          {dilemma.option === null
            ? t('report.decisionPoints.dilemmaOpen', { team: names.team(dilemma.team) })
            : t('report.decisionPoints.dilemma', {
                team: names.team(dilemma.team),
                option: names.text(dilemma.option.label),
              })}{' '}
          <ChangeList changes={dilemma.changes} names={names} />
        </p>
      )}
    </div>
  );
}

/** One key decision: who chose what, what else the team had open, and what followed. */
function KeyDecision({ decision, names }: { decision: ReportKeyDecision; names: ReportNames }) {
  const { t } = useTranslation();
  const chose = decision.actions.map((action) =>
    t('report.keyDecisions.action', {
      what:
        action.card === null
          ? (action.freeform ?? t('report.keyDecisions.freeform'))
          : names.text(action.card.name),
      outcome: t(`report.timeline.outcome.${action.outcome}`),
    }),
  );
  return (
    <div className="report-key-decision" data-team={decision.team} data-move={decision.move}>
      <h3>
        {t('report.keyDecisions.heading', { move: decision.move, team: names.team(decision.team) })}
      </h3>
      <dl className="report-facts">
        <dt>{t('report.keyDecisions.chose')}</dt>
        <dd>
          <span className="report-meta">
            (
            {decision.by === null
              ? t('report.keyDecisions.byBot')
              : t('report.keyDecisions.by', { name: decision.by })}
            )
          </span>{' '}
          {chose.join('; ')}
        </dd>
        <dt>{t('report.keyDecisions.alternatives')}</dt>
        <dd data-testid="report-decision-alternatives">
          {decision.alternatives.length === 0
            ? t('report.keyDecisions.noAlternatives')
            : decision.alternatives.map((card) => names.text(card.name)).join('; ')}
        </dd>
        <dt>{t('report.keyDecisions.followed')}</dt>
        <dd>
          {decision.changes.length === 0 ? (
            t('report.keyDecisions.nothingMoved')
          ) : (
            <ChangeList changes={decision.changes} names={names} />
          )}
        </dd>
      </dl>
    </div>
  );
}

/** The key decision points as decisions, and an early ending (the ending reached opens the report). */
export function DecisionPointsSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const { decisions, earlyEnding } = report.decisionPoints;
  return (
    <ReportSectionFrame section="decisionPoints">
      <p className="report-meta">{t('report.keyDecisions.rule')}</p>
      {decisions.length === 0 && <p>{t('report.keyDecisions.none')}</p>}
      {decisions.map((decision) => (
        <KeyDecision key={`${decision.move}-${decision.team}`} decision={decision} names={names} />
      ))}
      <h3>{t('report.decisionPoints.ending')}</h3>
      {earlyEnding === null ? (
        <p>{t('report.decisionPoints.noEarlyEnding')}</p>
      ) : (
        <EarlyEnding ending={earlyEnding} names={names} />
      )}
    </ReportSectionFrame>
  );
}
