import { useTranslation } from 'react-i18next';
import type { Report } from '@borderline/shared';
import { ReportSectionFrame, ReportTableScroll } from './report-bits';
import { ReportCounts } from './summary-section';
import type { ReportNames } from './use-report-names';

/** Scenario, date, duration, participants by team and the learning objectives. */
export function OverviewSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const { overview } = report;
  const { timing } = overview;
  return (
    <ReportSectionFrame section="overview">
      <dl className="report-facts">
        <dt>{t('report.overview.scenario')}</dt>
        <dd>
          {names.text(overview.scenario.title)} ({overview.scenario.id} v{overview.scenario.version}
          )
        </dd>
        <dt>{t('report.overview.started')}</dt>
        <dd>{overview.startedAt === null ? '–' : names.time(overview.startedAt)}</dd>
        <dt>{t('report.overview.ended')}</dt>
        <dd>
          {overview.endedAt === null ? t('report.overview.notEnded') : names.time(overview.endedAt)}
        </dd>
        {overview.durationMinutes !== null && (
          <>
            <dt>{t('report.overview.duration')}</dt>
            <dd>{t('report.overview.minutes', { count: overview.durationMinutes })}</dd>
          </>
        )}
        <dt>{t('report.overview.moves')}</dt>
        <dd>
          {t('report.overview.movesValue', {
            played: overview.movesPlayed,
            planned: overview.movesPlanned,
            context: overview.practicePlayed ? 'practice' : undefined,
          })}
        </dd>
        <dt>{t('report.overview.timing')}</dt>
        <dd>
          {t('report.overview.timingValue', {
            briefing: timing.briefingMinutes,
            deliberation: timing.deliberationMinutes,
            decision: timing.decisionMinutes,
            hotwash: timing.hotwashMinutes,
          })}
        </dd>
        <dt>{t('report.overview.audience')}</dt>
        <dd>{names.text(overview.scenario.audience)}</dd>
        <dt>{t('report.overview.source')}</dt>
        <dd>
          {overview.source.author}, “{overview.source.title}”, {overview.source.publication},{' '}
          {overview.source.year}
        </dd>
      </dl>
      <ReportCounts report={report} />
      <p>{names.text(overview.scenario.summary)}</p>
      <h3>{t('report.overview.participants')}</h3>
      <ReportTableScroll label={t('report.overview.participants')}>
        <table className="report-table" data-testid="report-participants">
          <thead>
            <tr>
              <th scope="col">{t('report.overview.team')}</th>
              <th scope="col">{t('report.overview.seat')}</th>
              <th scope="col">{t('report.overview.players')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.participants.map((group) => (
              <tr key={group.team ?? 'observers'}>
                <th scope="row">
                  {group.team === null ? t('report.overview.observers') : names.team(group.team)}
                </th>
                <td>{group.seat === null ? '–' : t(`report.overview.seatKind.${group.seat}`)}</td>
                <td>
                  {group.players.length === 0
                    ? t('report.overview.nobody')
                    : group.players
                        .map((player) => {
                          const tags = [
                            player.isLead ? t('report.overview.lead') : null,
                            player.isBot ? t('report.overview.bot') : null,
                          ].filter((tag) => tag !== null);
                          // The stored name of a bot is in one language: name it by its team.
                          const name = player.isBot
                            ? t('common.botName', { team: names.team(group.team ?? '') })
                            : player.name;
                          return tags.length > 0 ? `${name} (${tags.join(', ')})` : name;
                        })
                        .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ReportTableScroll>
      <h3>{t('report.overview.objectives')}</h3>
      <ul>
        {overview.learningObjectives.map((objective) => (
          <li key={objective.id}>
            <strong>{t(`scenario.objectiveKind.${objective.kind}`)}</strong>:{' '}
            {names.text(objective.text)}
          </li>
        ))}
      </ul>
    </ReportSectionFrame>
  );
}
