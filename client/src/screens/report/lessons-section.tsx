import { useTranslation } from 'react-i18next';
import type { Report } from '@borderline/shared';
import { ReportSectionFrame, usePhaseName } from './report-bits';
import type { ReportNames } from './use-report-names';

const STAGES = ['whatHappened', 'why', 'realWorld', 'takeaway'] as const;

/**
 * An appendix: the players' hotwash in full (by team), Control's notes on
 * the play and the evaluator's notes on the ratings.
 */
export function LessonsSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const phaseName = usePhaseName();
  const { lessons } = report;
  // Control's notes on its ratings, in full: the body shows the levels only.
  const notes = report.attainment.objectives.flatMap((objective, index) =>
    objective.ratings.flatMap((rating) =>
      rating.note === null
        ? []
        : [
            {
              team: rating.team,
              objective: index + 1,
              level: rating.level?.name ?? null,
              text: rating.note,
            },
          ],
    ),
  );
  const voice = (team: string | null) =>
    team === null ? t('report.lessons.observer') : names.team(team);
  const voices = (items: { team: string | null; text: string }[], testId: string) =>
    items.length === 0 ? (
      <p>{t('report.lessons.none')}</p>
    ) : (
      <ul data-testid={testId}>
        {items.map((item, index) => (
          <li key={index}>
            <span className="report-meta">({voice(item.team)})</span> {item.text}
          </li>
        ))}
      </ul>
    );
  return (
    <ReportSectionFrame section="lessons">
      <h3>{t('report.lessons.strengths')}</h3>
      {voices(lessons.strengths, 'report-strengths')}
      <h3>{t('report.lessons.improvements')}</h3>
      {voices(lessons.improvements, 'report-improvements')}
      <h3>{t('report.lessons.controlNotes')}</h3>
      {lessons.controlNotes.length === 0 ? (
        <p>{t('report.lessons.none')}</p>
      ) : (
        <ul>
          {lessons.controlNotes.map((note, index) => (
            <li key={index}>
              <span className="report-meta">
                {t('report.lessons.noteAt', { move: note.move, phase: phaseName(note.phase) })}:
              </span>{' '}
              {note.text}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('report.lessons.evaluatorNotes')}</h3>
      {notes.length === 0 ? (
        <p>{t('report.lessons.none')}</p>
      ) : (
        <ul data-testid="report-evaluator-notes">
          {notes.map((note, index) => (
            <li key={index}>
              <span className="report-meta">
                ({names.team(note.team)}, {t('report.improvementPlan.objective').toLowerCase()}{' '}
                {note.objective}
                {note.level !== null && `, ${names.text(note.level)}`})
              </span>{' '}
              {note.text}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('report.lessons.reflections')}</h3>
      {lessons.reflections.length === 0 && <p>{t('report.lessons.none')}</p>}
      {STAGES.map((stage) => {
        const answers = lessons.reflections.filter((item) => item.stage === stage);
        if (answers.length === 0) return null;
        return (
          <div key={stage}>
            <h4>{t(`report.lessons.stage.${stage}`)}</h4>
            {voices(answers, `report-reflections-${stage}`)}
          </div>
        );
      })}
    </ReportSectionFrame>
  );
}
