import { useTranslation } from 'react-i18next';
import {
  movesByTeam,
  quotedReflections,
  ratingGroups,
  REPORT_APPENDICES,
  type Report,
  type ReportKnowledgeTally,
  type ReportObjectiveEvidence,
} from '@borderline/shared';
import { ReportSectionFrame, ReportTableScroll } from './report-bits';
import type { ReportNames } from './use-report-names';

function useTally(): (value: ReportKnowledgeTally) => string {
  const { t } = useTranslation();
  return (value) =>
    value.players === 0
      ? t('report.attainment.notTaken')
      : t('report.attainment.tally', {
          correct: value.correct,
          total: value.total,
          count: value.players,
        });
}

function useBriefTally(): (value: ReportKnowledgeTally) => string {
  const { t } = useTranslation();
  return (value) =>
    value.players === 0
      ? t('report.attainment.notTaken')
      : t('report.attainment.briefTally', {
          correct: value.correct,
          total: value.total,
          count: value.players,
        });
}

/** The appendix with every reflection in full (its letter). */
const REFLECTIONS_APPENDIX = String.fromCharCode(65 + REPORT_APPENDICES.indexOf('lessons'));

/** One objective's evidence, condensed as the Markdown's body condenses it (`evidence-digest`). */
function ObjectiveEvidence({
  objective,
  number,
  names,
}: {
  objective: ReportObjectiveEvidence;
  number: number;
  names: ReportNames;
}) {
  const { t } = useTranslation();
  const tally = useBriefTally();
  const { quoted, more } = quotedReflections(objective.reflections);
  const voice = (team: string | null) =>
    team === null ? t('report.attainment.observer') : names.team(team);
  const { knowledge } = objective;
  return (
    <div className="report-learning" data-objective={objective.id}>
      <h3>
        {number}. {t(`scenario.objectiveKind.${objective.kind}`)}: {names.text(objective.text)}
      </h3>
      <dl className="report-facts">
        <dt>{t('report.attainment.exercisedBy')}</dt>
        <dd data-testid="report-evidence-decisions">
          {objective.decisions.length === 0
            ? t('report.attainment.notExercised')
            : movesByTeam(objective.decisions)
                .map((entry) =>
                  t('report.attainment.decisions', {
                    team: names.team(entry.team),
                    moves: entry.moves.join(', '),
                    count: entry.moves.length,
                  }),
                )
                .join('; ')}
        </dd>
        <dt>{t('report.attainment.ratings')}</dt>
        <dd>
          {objective.ratings.length === 0
            ? t('report.attainment.notRated')
            : ratingGroups(objective)
                .map((group) => {
                  const teams = group.teams.map((team) => names.team(team)).join(', ');
                  return group.level === null
                    ? t('report.attainment.noteOnly', { teams })
                    : t('report.attainment.rating', {
                        teams,
                        level: names.text(group.level.name),
                        rank: group.level.rank,
                        of: objective.levels.length,
                      });
                })
                .join('; ')}
        </dd>
        <dt>{t('report.attainment.knowledge')}</dt>
        <dd>
          {knowledge === null
            ? t('report.attainment.noCheck')
            : t('report.attainment.knowledgeLine', {
                count: knowledge.questions,
                before: tally(knowledge.before),
                after: tally(knowledge.after),
              })}
        </dd>
        <dt>{t('report.attainment.reflections')}</dt>
        <dd>
          {quoted.length === 0 ? (
            t('report.attainment.noReflections')
          ) : (
            <ul className="report-evidence-reflections">
              {quoted.map((item, index) => (
                <li key={index}>
                  <span className="report-meta">
                    ({voice(item.team)}, {t(`report.attainment.question.${item.question}`)})
                  </span>{' '}
                  {item.text}
                </li>
              ))}
              {more > 0 && (
                <li>
                  {t('report.attainment.more', { count: more, appendix: REFLECTIONS_APPENDIX })}
                </li>
              )}
            </ul>
          )}
        </dd>
      </dl>
    </div>
  );
}

/** What the report opens with: each learning objective and the evidence of its attainment. */
export function AttainmentSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const tally = useTally();
  const { objectives, knowledgeByTeam } = report.attainment;
  return (
    <ReportSectionFrame section="attainment">
      <p className="report-meta">{t('report.attainment.rule')}</p>
      <div className="report-learning-list">
        {objectives.map((objective, index) => (
          <ObjectiveEvidence
            key={objective.id}
            objective={objective}
            number={index + 1}
            names={names}
          />
        ))}
      </div>
      {knowledgeByTeam.length > 0 && (
        <ReportTableScroll label={t('report.attainment.knowledgeByTeam')}>
          <table className="report-table" data-testid="report-knowledge-by-team">
            <caption>{t('report.attainment.knowledgeByTeam')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.attainment.team')}</th>
                <th scope="col">{t('report.attainment.before')}</th>
                <th scope="col">{t('report.attainment.after')}</th>
              </tr>
            </thead>
            <tbody>
              {knowledgeByTeam.map((entry) => (
                <tr key={entry.team} data-team={entry.team}>
                  <th scope="row">{names.team(entry.team)}</th>
                  <td>{tally(entry.before)}</td>
                  <td>{tally(entry.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ReportTableScroll>
      )}
    </ReportSectionFrame>
  );
}
