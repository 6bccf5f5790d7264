import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isPhase,
  listedTraceChildren,
  listsTraceChildren,
  reportSectionTitle,
  type ReportSection,
  traceText,
  type ReportCause,
  type ReportChange,
  type ReportTrace,
} from '@borderline/shared';
import { useLanguage } from '../../i18n/use-language';
import { conditionWordsOf } from './report-trace-words';
import type { ReportNames } from './use-report-names';
import { Glyph, NoIcon, YesIcon } from '../../components/icons';

/** "Escalation 2 → 3 (Coercive economics)": a ladder names the step reached. */
export function ChangeText({ change, names }: { change: ReportChange; names: ReportNames }) {
  const { t } = useTranslation();
  const step = names.step(change.track, change.to);
  const values = { track: names.track(change.track), from: change.from, to: change.to };
  return (
    <span className="report-change" data-track={change.track}>
      {step === null ? t('report.change', values) : t('report.changeStep', { ...values, step })}
    </span>
  );
}

/** "Trust −1", "Escalation +2 (Embedded joint operations)": how far a track moved, compactly. */
export function DeltaList({ changes, names }: { changes: ReportChange[]; names: ReportNames }) {
  const { t } = useTranslation();
  return (
    <>
      {changes.map((change, index) => {
        const difference = change.to - change.from;
        const delta = difference > 0 ? `+${difference}` : `−${Math.abs(difference)}`;
        const step = names.step(change.track, change.to);
        const values = { track: names.track(change.track), delta };
        return (
          <span key={index} className="report-change" data-track={change.track}>
            {index > 0 && '; '}
            {step === null ? t('report.delta', values) : t('report.deltaStep', { ...values, step })}
          </span>
        );
      })}
    </>
  );
}

/** Changes separated by semicolons, in one line. */
export function ChangeList({ changes, names }: { changes: ReportChange[]; names: ReportNames }) {
  return (
    <>
      {changes.map((change, index) => (
        <span key={index}>
          {index > 0 && '; '}
          <ChangeText change={change} names={names} />
        </span>
      ))}
    </>
  );
}

/** A text cut at a word to at most `max` characters, with an ellipsis: for the one-page summary. */
export function shorten(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** An action's card name, or a free-form action's description (shortened in the summary). */
export function actionName(
  cause: Extract<ReportCause, { kind: 'action' }>,
  names: ReportNames,
  brief = false,
): string {
  if (cause.card !== null) return names.text(cause.card.name);
  const description = cause.freeform ?? cause.action;
  return brief ? shorten(description) : description;
}

/** What moved a track: an action, an inject, Control's override, or a dilemma's answer. */
export function CauseText({
  cause,
  names,
  brief = false,
}: {
  cause: ReportCause;
  names: ReportNames;
  /** Free-form descriptions and Control's reasons cut short, for the summary. */
  brief?: boolean;
}) {
  const { t } = useTranslation();
  switch (cause.kind) {
    case 'action': {
      const what = actionName(cause, names, brief);
      return (
        <>
          {t('report.cause.action', {
            what,
            team: names.team(cause.team),
            outcome: t(`report.timeline.outcome.${cause.outcome}`),
          })}
        </>
      );
    }
    case 'inject':
      return <>{t('report.cause.inject', { title: names.text(cause.title) })}</>;
    case 'override':
      return (
        <>{t('report.cause.override', { reason: brief ? shorten(cause.reason) : cause.reason })}</>
      );
    case 'dynamic':
      return <>{t('report.cause.dynamic', { text: names.text(cause.text) })}</>;
    case 'dilemma':
      return (
        <>
          {t('report.cause.dilemma', {
            team: names.team(cause.team),
            option: cause.label === null ? (cause.option ?? '–') : names.text(cause.label),
          })}
        </>
      );
  }
}

/** Why a condition held or not, in the reader's words (tracks, cards, injects named), nested like the condition. */
export function TraceText({ trace, names }: { trace: ReportTrace; names: ReportNames }) {
  const { t } = useTranslation();
  return (
    <>
      {traceText(trace, conditionWordsOf(t), names)}
      {listsTraceChildren(trace) && (
        <ul className="report-trace">
          {listedTraceChildren(trace).map((child, index) => (
            <li key={index} data-holds={child.holds}>
              <Glyph icon={child.holds ? YesIcon : NoIcon} />
              <TraceText trace={child} names={names} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * A section's title in the reader's language, an appendix's with its letter:
 * the Markdown export's own titles, so the page and the file say the same.
 */
export function useSectionTitle(): (section: ReportSection) => string {
  const language = useLanguage();
  return (section) => reportSectionTitle(language, section);
}

/** A section of the report under its heading, reachable from the contents. */
export function ReportSectionFrame({
  section,
  children,
}: {
  section: ReportSection;
  children: ReactNode;
}) {
  const title = useSectionTitle()(section);
  return (
    <section
      className="report-section"
      id={`report-${section}`}
      aria-labelledby={`report-${section}-title`}
    >
      <h2 id={`report-${section}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** A phase's name in the reader's language (a phase the page does not know is shown as is). */
export function usePhaseName(): (phase: string) => string {
  const { t } = useTranslation();
  return (phase) => {
    return isPhase(phase) ? t(`common.phase.${phase}`) : phase;
  };
}

/**
 * A table that scrolls sideways inside its own box on a narrow screen, so the
 * page never grows wider than the viewport; the box takes the keyboard's focus
 * (axe: scrollable-region-focusable) and is named for a screen reader.
 */
export function ReportTableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="report-table-scroll" role="region" tabIndex={0} aria-label={label}>
      {children}
    </div>
  );
}
