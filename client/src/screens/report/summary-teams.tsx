import { useTranslation } from 'react-i18next';
import type { Report, ReportMoment } from '@borderline/shared';
import { actionName, DeltaList } from './report-bits';
import type { ReportNames } from './use-report-names';

/** "“Joint lab raids” (success)": an action, without its team (its card says whose it is). */
function DecisionName({ moment, names }: { moment: ReportMoment; names: ReportNames }) {
  const { t } = useTranslation();
  const { cause } = moment;
  if (cause.kind !== 'action') return null;
  return (
    <>
      {t('report.summary.decision', {
        what: actionName(cause, names, true),
        outcome: t(`report.timeline.outcome.${cause.outcome}`),
      })}
    </>
  );
}

/** Each team in a card: its objectives met or missed, and its key decisions with what they moved. */
export function SummaryTeams({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  return (
    <div className="report-summary-teams">
      {report.teams.map((team) => {
        const score = report.objectives.find((entry) => entry.team === team.id);
        const decisions =
          report.summary.keyDecisions.find((entry) => entry.team === team.id)?.decisions ?? [];
        const met = score?.objectives.filter((objective) => objective.met).length ?? 0;
        return (
          <section
            key={team.id}
            className="report-summary-team"
            data-team={team.id}
            aria-labelledby={`report-summary-${team.id}`}
          >
            <h3 id={`report-summary-${team.id}`}>{names.team(team.id)}</h3>
            {score === undefined ? (
              <p>{t('report.summary.notScored')}</p>
            ) : (
              <>
                <p className="report-meta">
                  {t('report.summary.teamScore', {
                    met,
                    total: score.objectives.length,
                    percent: Math.round(score.score * 100),
                  })}
                </p>
                <ul className="report-checklist">
                  {score.objectives.map((objective) => (
                    <li key={objective.id} data-met={objective.met}>
                      <span aria-hidden="true">{objective.met ? '✓' : '✗'}</span>{' '}
                      <span className="visually-hidden">
                        {objective.met ? t('report.objectives.yes') : t('report.objectives.no')}
                        :{' '}
                      </span>
                      {names.text(objective.text)}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h4>{t('report.summary.keyDecisions')}</h4>
            {decisions.length === 0 ? (
              <p>{t('report.summary.noKeyDecisions')}</p>
            ) : (
              <ul className="report-key-decisions">
                {decisions.map((moment, index) => (
                  <li key={index}>
                    <strong>{t('report.timeline.move', { move: moment.move })}</strong>:{' '}
                    <DecisionName moment={moment} names={names} />
                    {' — '}
                    <DeltaList changes={moment.changes} names={names} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
