import { useTranslation } from 'react-i18next';
import {
  firstSentence,
  largestShares,
  teamsAtAGlance,
  type Report,
  type TeamAtAGlance,
} from '@borderline/shared';
import { CauseText, DeltaList } from './report-bits';
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

/** A team's line: its key decision's action and how it came out, and its objectives met. */
function TeamLine({ entry, names }: { entry: TeamAtAGlance; names: ReportNames }) {
  const { t } = useTranslation();
  const cause = entry.keyAction?.cause;
  const decision =
    entry.keyAction === null || cause === undefined || cause.kind !== 'action'
      ? t('report.summary.noKeyAction')
      : t('report.summary.keyAction', {
          move: entry.keyAction.move,
          what:
            cause.card === null ? (cause.freeform ?? cause.action) : names.text(cause.card.name),
          outcome: t(`report.timeline.outcome.${cause.outcome}`),
        });
  const objectives =
    entry.objectives === null
      ? t('report.summary.notScored')
      : t('report.summary.objectivesMet', entry.objectives);
  return (
    <li data-team={entry.team}>
      <strong>{names.team(entry.team)}</strong>: {decision}; {objectives}.
    </li>
  );
}

/** The three biggest turning points, one line each: the two tracks each moved furthest. */
function TurningPoints({ report, names }: { report: Report; names: ReportNames }) {
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
              <DeltaList changes={largestShares(report, point.changes)} names={names} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/**
 * The report's one-page summary, under its title and before the lessons
 * (the Markdown's too): how the game ended, every track's chart, each
 * team's key decision and objectives met, and the three biggest turning
 * points. The sections after it tell each at length.
 */
export function ReportAtAGlance({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const { ending } = report.summary;
  const endingLine = useEndingLine(report, names);
  return (
    <section
      id="report-summary"
      className="report-summary"
      aria-labelledby="report-summary-title"
      data-testid="report-summary"
    >
      <h2 id="report-summary-title">{t('report.summary.title')}</h2>
      <p data-testid="report-ending">
        {endingLine}
        {ending !== null && ending.text !== null && ` ${firstSentence(names.text(ending.text))}`}
      </p>
      <TrackCharts report={report} names={names} />
      <ul className="report-summary-teams" data-testid="report-summary-teams">
        {teamsAtAGlance(report).map((entry) => (
          <TeamLine key={entry.team} entry={entry} names={names} />
        ))}
      </ul>
      <TurningPoints report={report} names={names} />
    </section>
  );
}

/** How much was played: injects, decisions, actions and Control's overrides (the overview's). */
export function ReportCounts({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { counts } = report.summary;
  return (
    <p className="report-meta">
      {t('report.summary.counts', {
        count: counts.injects,
        decisions: t('report.summary.decisionCount', { count: counts.decisions }),
        actions: t('report.summary.actionCount', { count: counts.actions }),
        overrides: t('report.summary.overrideCount', { count: counts.overrides }),
      })}
    </p>
  );
}
