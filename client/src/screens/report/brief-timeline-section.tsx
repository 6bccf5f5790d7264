import { useTranslation } from 'react-i18next';
import type { Report } from '@borderline/shared';
import { ReportSectionFrame } from './report-bits';
import type { ReportNames } from './use-report-names';

/** The first appendix: each move on one line, what came out and what each team did. */
export function BriefTimelineSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  return (
    <ReportSectionFrame section="timeline">
      {report.timeline.length === 0 ? (
        <p>{t('report.timeline.none')}</p>
      ) : (
        <ul className="report-brief-timeline" data-testid="report-brief-timeline">
          {report.timeline.map((move) => {
            const parts = [
              ...(move.injects.length === 0
                ? []
                : [
                    t('report.brief.released', {
                      injects: move.injects
                        .map((inject) => `“${names.text(inject.title)}”`)
                        .join(', '),
                    }),
                  ]),
              ...move.decisions.map(
                (decision) =>
                  `${names.team(decision.team)}: ${
                    decision.kind === 'hold'
                      ? t('report.brief.held')
                      : decision.actions
                          .map((action) =>
                            action.card === null
                              ? t('report.keyDecisions.freeform')
                              : names.text(action.card.name),
                          )
                          .join(', ')
                  }`,
              ),
            ];
            return (
              <li key={move.move} data-move={move.move}>
                <strong>
                  {t('report.timeline.move', { move: move.move })}
                  {move.practice && ` (${t('report.timeline.practice')})`}
                </strong>
                : {parts.length === 0 ? t('report.brief.nothing') : parts.join('; ')}
              </li>
            );
          })}
        </ul>
      )}
    </ReportSectionFrame>
  );
}
