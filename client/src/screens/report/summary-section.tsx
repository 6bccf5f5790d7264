import { useTranslation } from 'react-i18next';
import type { Report } from '@borderline/shared';
import { ChangeList, ReportSectionFrame } from './report-bits';
import type { ReportNames } from './use-report-names';

/** The executive summary, written from the facts: the ending, the largest changes, the objectives. */
export function SummarySection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const { summary, overview } = report;
  const { ending, counts } = summary;
  const title =
    ending?.title === null || ending === undefined || ending === null
      ? ''
      : names.text(ending.title);
  const endingLine =
    ending === null
      ? t('report.summary.notEnded')
      : ending.kind === 'final'
        ? t('report.summary.endedFinal', {
            title,
            played: overview.movesPlayed,
            planned: overview.movesPlanned,
          })
        : ending.kind === 'early'
          ? t('report.summary.endedEarly', { title, move: ending.move })
          : ending.reason === null
            ? t('report.summary.endedByControl', { move: ending.move })
            : t('report.summary.endedByControlReason', {
                move: ending.move,
                reason: ending.reason,
              });
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
      <p>
        {summary.objectives.length === 0
          ? t('report.summary.notScored')
          : `${t('report.summary.objectives')} ${summary.objectives
              .map((score) =>
                t('report.summary.teamObjectives', {
                  team: names.team(score.team),
                  met: score.met,
                  total: score.total,
                  percent: Math.round(score.score * 100),
                }),
              )
              .join('; ')}.`}
      </p>
      <p>
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
