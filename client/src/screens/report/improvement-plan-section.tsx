import { useTranslation } from 'react-i18next';
import { excerpt, type ImprovementReason, type Report } from '@borderline/shared';
import { ReportSectionFrame, ReportTableScroll, useSectionTitle } from './report-bits';
import type { ReportNames } from './use-report-names';

const firstReflection = (issues: ImprovementReason[]) =>
  issues.findIndex((issue) => issue.kind === 'reflection');
const reflectionCount = (issues: ImprovementReason[]) =>
  issues.filter((issue) => issue.kind === 'reflection').length;

/** The improvement plan (HSEEP): issue, recommendation, owner and objective, one row each. */
export function ImprovementPlanSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const sectionTitle = useSectionTitle();
  const { improvementPlan, attainment } = report;
  const number = (id: string) => attainment.objectives.findIndex((o) => o.id === id) + 1;
  const issueText = (issue: ImprovementReason) => {
    switch (issue.kind) {
      case 'rating': {
        const rated = t('report.improvementPlan.rated', { level: names.text(issue.level.name) });
        return issue.note === null ? rated : `${rated}: “${excerpt(issue.note)}”`;
      }
      case 'reflection':
        return t('report.improvementPlan.reflection', { text: excerpt(issue.text) });
      case 'knowledge':
        return t('report.improvementPlan.knowledge', {
          correct: issue.correct,
          total: issue.total,
        });
    }
  };
  return (
    <ReportSectionFrame section="improvementPlan">
      <p className="report-meta">{t('report.improvementPlan.rule')}</p>
      {improvementPlan.length === 0 ? (
        <p>{t('report.improvementPlan.none')}</p>
      ) : (
        <ReportTableScroll label={sectionTitle('improvementPlan')}>
          <table className="report-table" data-testid="report-improvement-plan">
            <thead>
              <tr>
                <th scope="col">{t('report.improvementPlan.issue')}</th>
                <th scope="col">{t('report.improvementPlan.recommendation')}</th>
                <th scope="col">{t('report.improvementPlan.owner')}</th>
                <th scope="col">{t('report.improvementPlan.objective')}</th>
              </tr>
            </thead>
            <tbody>
              {improvementPlan.map((row, index) => (
                <tr key={index} data-owner={row.owner ?? ''} data-objective={row.objective}>
                  <td>
                    {/* The first reflection quoted, the others counted, as in the Markdown. */}
                    {row.issues
                      .filter(
                        (issue, issueIndex) =>
                          issue.kind !== 'reflection' || issueIndex === firstReflection(row.issues),
                      )
                      .map((issue, issueIndex) => (
                        <p key={issueIndex}>
                          {issueText(issue)}
                          {issue.kind === 'reflection' &&
                            reflectionCount(row.issues) > 1 &&
                            ` ${t('report.improvementPlan.moreReflections', { count: reflectionCount(row.issues) - 1 })}`}
                        </p>
                      ))}
                  </td>
                  <td>
                    {row.target === null
                      ? t('report.improvementPlan.noRubric')
                      : t('report.improvementPlan.aimFor', {
                          level: names.text(row.target.name),
                          description: names.text(row.target.description),
                        })}
                  </td>
                  <td>
                    {row.owner === null
                      ? t('report.improvementPlan.theClass')
                      : names.team(row.owner)}
                  </td>
                  <td>{number(row.objective)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ReportTableScroll>
      )}
    </ReportSectionFrame>
  );
}
