import { useTranslation } from 'react-i18next';
import type { Report } from '@borderline/shared';
import { ReportSectionFrame, ReportTableScroll, TraceText } from './report-bits';
import type { ReportNames } from './use-report-names';
import { Glyph, NoIcon, YesIcon } from '../../components/icons';

/** Each team's objectives, met or missed, with the engine's reasons. */
export function ObjectivesSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  return (
    <ReportSectionFrame section="objectives">
      {report.objectives.length === 0 && <p>{t('report.objectives.notScored')}</p>}
      {report.objectives.map((score) => (
        <div key={score.team} className="report-team-score" data-team={score.team}>
          <h3>
            {t('report.objectives.team', {
              team: names.team(score.team),
              met: score.objectives.filter((objective) => objective.met).length,
              total: score.objectives.length,
              earned: score.earned,
              possible: score.possible,
              percent: Math.round(score.score * 100),
            })}
          </h3>
          <ReportTableScroll label={t('report.objectives.objective')}>
            <table className="report-table">
              <thead>
                <tr>
                  <th scope="col">{t('report.objectives.objective')}</th>
                  <th scope="col">{t('report.objectives.visibility')}</th>
                  <th scope="col">{t('report.objectives.weight')}</th>
                  <th scope="col">{t('report.objectives.met')}</th>
                  <th scope="col">{t('report.objectives.why')}</th>
                </tr>
              </thead>
              <tbody>
                {score.objectives.map((objective) => (
                  <tr key={objective.id} data-met={objective.met}>
                    <th scope="row">{names.text(objective.text)}</th>
                    <td>{t(`report.objectives.visibilityKind.${objective.visibility}`)}</td>
                    <td>{objective.weight}</td>
                    <td>
                      <Glyph icon={objective.met ? YesIcon : NoIcon} />
                      {objective.met ? t('report.objectives.yes') : t('report.objectives.no')}
                    </td>
                    <td>
                      <TraceText trace={objective.why} names={names} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ReportTableScroll>
        </div>
      ))}
    </ReportSectionFrame>
  );
}
