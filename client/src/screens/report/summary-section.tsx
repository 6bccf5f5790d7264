import { useTranslation } from 'react-i18next';
import type { Report } from '@borderline/shared';
import { CauseText, ChangeList, DeltaList, ReportSectionFrame } from './report-bits';
import { SummaryTeams } from './summary-teams';
import { TrackCharts } from './track-charts';
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
 * The executive summary, one printed page: the ending, every track's chart,
 * each team's objectives and key decisions, and the turning points, all as
 * the report builder chose them.
 */
export function SummarySection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const { summary } = report;
  const { ending, counts } = summary;
  const endingLine = useEndingLine(report, names);
  return (
    <ReportSectionFrame section="summary" title={t('report.sections.summary')}>
      <p data-testid="report-ending">
        {endingLine}
        {ending !== null && ending.text !== null && ` ${names.text(ending.text)}`}
      </p>
      <p>
        {summary.largestChanges.length === 0 ? (
          t('report.summary.noChange')
        ) : (
          <>
            {t('report.summary.largest')}{' '}
            <ChangeList changes={summary.largestChanges} names={names} />.
          </>
        )}
      </p>
      <TrackCharts report={report} names={names} />
      <SummaryTeams report={report} names={names} />
      <h3>{t('report.summary.turningPoints')}</h3>
      {summary.turningPoints.length === 0 ? (
        <p>{t('report.summary.noTurningPoints')}</p>
      ) : (
        <ol className="report-turning-points" data-testid="report-turning-points">
          {summary.turningPoints.map((point, index) => (
            <li key={index}>
              <strong>{t('report.timeline.move', { move: point.move })}</strong>:{' '}
              <CauseText cause={point.cause} names={names} brief />
              {' — '}
              <DeltaList changes={point.changes} names={names} />
            </li>
          ))}
        </ol>
      )}
      <p className="report-meta">
        {t('report.summary.turningRule')}{' '}
        {t('report.summary.counts', {
          count: counts.injects,
          decisions: t('report.summary.decisionCount', { count: counts.decisions }),
          actions: t('report.summary.actionCount', { count: counts.actions }),
          overrides: t('report.summary.overrideCount', { count: counts.overrides }),
        })}
      </p>
    </ReportSectionFrame>
  );
}
