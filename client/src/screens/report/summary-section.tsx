import { useTranslation } from 'react-i18next';
import type { Report } from '@borderline/shared';
import { CauseText, ChangeList, DeltaList } from './report-bits';
import type { ReportNames } from './use-report-names';

function useEndingLine(report: Report, names: ReportNames): string {
  const { t } = useTranslation();
  const { ending } = report.summary;
  const { overview } = report;
  if (ending === null) return t('report.summary.notEnded');
  const title = ending.title === null ? '' : names.text(ending.title);
  if (ending.kind === 'final') {
    return t('report.summary.endedFinal', {
      title,
      played: overview.movesPlayed,
      planned: overview.movesPlanned,
    });
  }
  if (ending.kind === 'early') return t('report.summary.endedEarly', { title, move: ending.move });
  return ending.reason === null
    ? t('report.summary.endedByControl', { move: ending.move })
    : t('report.summary.endedByControlReason', { move: ending.move, reason: ending.reason });
}

/**
 * The report's lead, under its title and before the lessons: how the game
 * ended, what moved most, and how much was played (the Markdown's too).
 */
export function ReportLead({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const { summary } = report;
  const { ending, counts } = summary;
  const endingLine = useEndingLine(report, names);
  return (
    <div className="report-lead">
      <p data-testid="report-ending">
        {endingLine}
        {ending !== null && ending.text !== null && ` ${names.text(ending.text)}`}{' '}
        {summary.largestChanges.length === 0 ? (
          t('report.summary.noChange')
        ) : (
          <>
            {t('report.summary.largest')}{' '}
            <ChangeList changes={summary.largestChanges} names={names} />.
          </>
        )}
      </p>
      <p className="report-meta">
        {t('report.summary.counts', {
          count: counts.injects,
          decisions: t('report.summary.decisionCount', { count: counts.decisions }),
          actions: t('report.summary.actionCount', { count: counts.actions }),
          overrides: t('report.summary.overrideCount', { count: counts.overrides }),
        })}
      </p>
    </div>
  );
}

/** The moments of play that moved the tracks furthest, as the report builder chose them. */
export function TurningPoints({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const { turningPoints } = report.summary;
  return (
    <>
      <h3>{t('report.summary.turningPoints')}</h3>
      {turningPoints.length === 0 ? (
        <p>{t('report.summary.noTurningPoints')}</p>
      ) : (
        <ol className="report-turning-points" data-testid="report-turning-points">
          {turningPoints.map((point, index) => (
            <li key={index}>
              <strong>{t('report.timeline.move', { move: point.move })}</strong>:{' '}
              <CauseText cause={point.cause} names={names} brief />
              {' — '}
              <DeltaList changes={point.changes} names={names} />
            </li>
          ))}
        </ol>
      )}
      <p className="report-meta">{t('report.summary.turningRule')}</p>
    </>
  );
}
