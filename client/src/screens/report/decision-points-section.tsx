import { useTranslation } from 'react-i18next';
import type { Report, ReportEnding } from '@borderline/shared';
import { CauseText, ChangeList, ChangeText, ReportSectionFrame, TraceText } from './report-bits';
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

/** The largest swings with their causes, every step of a ladder track, and an early ending. */
export function DecisionPointsSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const { swings, steps, earlyEnding } = report.decisionPoints;
  return (
    <ReportSectionFrame section="decisionPoints" title={t('report.sections.decisionPoints')}>
      <h3>{t('report.decisionPoints.swings')}</h3>
      {swings.length === 0 ? (
        <p>{t('report.decisionPoints.noSwings')}</p>
      ) : (
        <ol>
          {swings.map((swing, index) => (
            <li key={index} data-track={swing.track}>
              {t('report.timeline.move', { move: swing.move })}:{' '}
              <ChangeText change={swing} names={names} />
              {swing.causes.length > 0 && (
                <ul>
                  {swing.causes.map((cause, causeIndex) => (
                    <li key={causeIndex}>
                      {t('report.decisionPoints.because')}{' '}
                      <CauseText cause={cause.cause} names={names} /> ({cause.from} → {cause.to})
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <h3>{t('report.decisionPoints.steps')}</h3>
      {steps.length === 0 ? (
        <p>{t('report.decisionPoints.noSteps')}</p>
      ) : (
        <ol>
          {steps.map((step, index) => (
            <li key={index} data-track={step.track}>
              {t('report.timeline.move', { move: step.move })}:{' '}
              <ChangeText change={step} names={names} /> —{' '}
              <CauseText cause={step.cause} names={names} />
            </li>
          ))}
        </ol>
      )}
      <h3>{t('report.decisionPoints.ending')}</h3>
      {earlyEnding === null ? (
        <p>{t('report.decisionPoints.noEarlyEnding')}</p>
      ) : (
        <EarlyEnding ending={earlyEnding} names={names} />
      )}
    </ReportSectionFrame>
  );
}
