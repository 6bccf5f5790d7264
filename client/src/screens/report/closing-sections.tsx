import { useTranslation } from 'react-i18next';
import type { Report } from '@borderline/shared';
import { ReportSectionFrame, ReportTableScroll, useSectionTitle } from './report-bits';
import { ReportGuideQuestions } from './report-guide-questions';
import type { ReportNames } from './use-report-names';

/** The discussion questions of every released inject, in order of release. */
export function QuestionsSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  return (
    <ReportSectionFrame section="questions">
      <ReportGuideQuestions report={report} names={names} />
      {report.questions.length === 0 && <p>{t('report.questions.none')}</p>}
      <div className="report-question-list">
        {report.questions.map((entry) => (
          <div key={entry.inject} className="report-question" data-inject={entry.inject}>
            <h3>
              {names.text(entry.title)}{' '}
              <span className="report-meta">
                ({t('report.questions.move', { move: entry.move })})
              </span>
            </h3>
            <ul>
              {entry.questions.map((question, index) => (
                <li key={index}>
                  <strong>
                    {question.team === 'all'
                      ? t('report.questions.forAll')
                      : t('report.questions.forTeam', { team: names.team(question.team) })}
                  </strong>
                  : {names.text(question.text)}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </ReportSectionFrame>
  );
}

/** What each person did: messages, draft edits, decisions and reflections. */
export function ParticipationSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const sectionTitle = useSectionTitle();
  return (
    <ReportSectionFrame section="participation">
      {report.participation.length === 0 ? (
        <p>{t('report.participation.none')}</p>
      ) : (
        <ReportTableScroll label={sectionTitle('participation')}>
          <table className="report-table" data-testid="report-participation">
            <thead>
              <tr>
                <th scope="col">{t('report.participation.player')}</th>
                <th scope="col">{t('report.participation.team')}</th>
                <th scope="col">{t('report.participation.messages')}</th>
                <th scope="col">{t('report.participation.drafts')}</th>
                <th scope="col">{t('report.participation.decisions')}</th>
                <th scope="col">{t('report.participation.reflections')}</th>
              </tr>
            </thead>
            <tbody>
              {report.participation.map((entry) => (
                <tr key={entry.player}>
                  <th scope="row">
                    {entry.name ?? t('report.participation.removed', { player: entry.player })}
                  </th>
                  <td>
                    {entry.team === null ? t('report.overview.observers') : names.team(entry.team)}
                  </td>
                  <td>{entry.messages}</td>
                  <td>{entry.drafts}</td>
                  <td>{entry.decisions}</td>
                  <td>{entry.reflections}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ReportTableScroll>
      )}
    </ReportSectionFrame>
  );
}
