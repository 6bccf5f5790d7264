import { useTranslation } from 'react-i18next';
import type { Report, ReportMove } from '@borderline/shared';
import { ReportSectionFrame, usePhaseName } from './report-bits';
import { TimelineDecision } from './timeline-decision';
import { TimelineInject } from './timeline-inject';
import type { ReportNames } from './use-report-names';

function ControlEntries({ move, names }: { move: ReportMove; names: ReportNames }) {
  const { t } = useTranslation();
  const phaseName = usePhaseName();
  if (move.overrides.length + move.trackOverrides.length + move.narrative.length === 0) return null;
  const value = (item: string | number | null) => (item === null ? '–' : String(item));
  return (
    <>
      <h4>{t('report.timeline.control')}</h4>
      <ul>
        {move.overrides.map((override, index) => (
          <li key={`o${index}`}>
            {t('report.timeline.override', {
              kind: t(`report.timeline.overrideKind.${override.kind}`),
              target: override.kind === 'track' ? names.track(override.target) : override.target,
              from: value(override.from),
              to: value(override.to),
              reason: override.reason,
            })}
          </li>
        ))}
        {move.trackOverrides.map((override, index) => (
          <li key={`t${index}`}>
            {t('report.timeline.trackOverride', {
              track: names.track(override.track),
              from: override.from,
              to: override.to,
              reason: override.reason,
            })}
          </li>
        ))}
        {move.narrative.map((note, index) => (
          <li key={`n${index}`}>
            {t('report.timeline.narrative', { phase: phaseName(note.phase) })}: {note.text}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Every move: its injects, each team's decision with its results, and Control's part. */
export function TimelineSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  return (
    <ReportSectionFrame section="log">
      {report.timeline.map((move) => (
        <article key={move.move} className="report-move" data-move={move.move}>
          <h3>
            {t('report.timeline.move', { move: move.move })}
            {move.title !== null && `: ${names.text(move.title)}`}
            {move.period !== null && (
              <span className="report-meta"> ({names.text(move.period)})</span>
            )}
          </h3>
          {move.practice && <p className="report-meta">{t('report.timeline.practice')}</p>}
          <h4>{t('report.timeline.injects')}</h4>
          {move.injects.length === 0 ? (
            <p>{t('report.timeline.none')}</p>
          ) : (
            <ul className="report-injects">
              {move.injects.map((inject) => (
                <TimelineInject
                  key={inject.id}
                  inject={inject}
                  names={names}
                  article={report.overview.source}
                />
              ))}
            </ul>
          )}
          <h4>{t('report.timeline.decisions')}</h4>
          {move.decisions.length === 0 ? (
            <p>{t('report.timeline.none')}</p>
          ) : (
            <ul className="report-decisions">
              {move.decisions.map((decision) => (
                <TimelineDecision
                  key={`${decision.team}-${decision.order}`}
                  decision={decision}
                  names={names}
                  decidedAtOnce={report.overview.decidedAtOnce}
                />
              ))}
            </ul>
          )}
          <ControlEntries move={move} names={names} />
        </article>
      ))}
    </ReportSectionFrame>
  );
}
