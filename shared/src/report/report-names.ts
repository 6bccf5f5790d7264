import type { Language } from '../scenario/index';
import type { ReportText } from './report-parts';
import type { Report } from './report-schema';

/** A scenario text in the reader's language, English where no translation exists. */
export function inLanguage(value: ReportText, language: Language): string {
  return value[language] ?? value.en;
}

export function teamName(report: Report, id: string | null, language: Language): string {
  const team = report.teams.find((candidate) => candidate.id === id);
  return team === undefined ? (id ?? '') : inLanguage(team.name, language);
}

export function trackName(report: Report, id: string, language: Language): string {
  const track = report.tracks.find((candidate) => candidate.id === id);
  return track === undefined ? id : inLanguage(track.name, language);
}

/** The name of a ladder's rung (the escalation ladder's steps); null on a plain range. */
export function stepName(
  report: Report,
  id: string,
  value: number,
  language: Language,
): string | null {
  const step = report.tracks
    .find((candidate) => candidate.id === id)
    ?.steps?.find((candidate) => candidate.value === value);
  return step === undefined ? null : inLanguage(step.label, language);
}

/** "2026-01-15 14:05 UTC": one time zone for every reader of a report, printed or exported. */
export function utcTime(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
