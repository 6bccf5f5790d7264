import { useTranslation } from 'react-i18next';
import { DEBRIEF_STAGES, type Report } from '@borderline/shared';
import type { ReportNames } from './use-report-names';

/** The debrief guide's questions this game asked, stage by stage, in priority order. */
export function ReportGuideQuestions({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  if (report.debriefGuide.length === 0) return null;
  const objectives = report.attainment.objectives.map((objective) => objective.id);
  return (
    <div className="report-question-list" data-testid="report-guide-questions">
      {DEBRIEF_STAGES.map((stage) => {
        const asked = report.debriefGuide.filter((question) => question.stage === stage);
        if (asked.length === 0) return null;
        return (
          <div key={stage} className="report-question" data-stage={stage}>
            <h3>{t('guide.reportStage', { stage: t(`hotwash.steps.${stage}.title`) })}</h3>
            <ol>
              {asked.map((question) => (
                <li key={question.priority}>
                  {names.text(question.text)}{' '}
                  <span className="report-meta">
                    ({t('guide.objective', { number: objectives.indexOf(question.objective) + 1 })}
                    {question.asked === 'ending' && `; ${t('guide.askedEnding')}`}
                    {question.asked === 'course' && `; ${t('guide.askedCourse')}`})
                  </span>
                </li>
              ))}
            </ol>
          </div>
        );
      })}
      <h3>{t('guide.reportCards')}</h3>
    </div>
  );
}
