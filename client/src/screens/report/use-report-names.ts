import { useMemo } from 'react';
import {
  inLanguage,
  stepName,
  teamName,
  trackName,
  type Language,
  type Report,
  type ReportText,
} from '@borderline/shared';
import { useLanguage } from '../../i18n/use-language';

export interface ReportNames {
  language: Language;
  /** A scenario text in the reader's language (English where no translation exists). */
  text: (value: ReportText) => string;
  team: (id: string) => string;
  track: (id: string) => string;
  /** A ladder's rung name; null on a plain range. */
  step: (track: string, value: number) => string | null;
  /** A moment of the exercise in the reader's language and time zone. */
  time: (at: number) => string;
  /** Its time of day only (the date is in the overview). */
  clock: (at: number) => string;
}

/** The names the report's ids stand for, in the reader's language. */
export function useReportNames(report: Report): ReportNames {
  const language = useLanguage();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const clock = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
    return {
      language,
      text: (value) => inLanguage(value, language),
      team: (id) => teamName(report, id, language),
      track: (id) => trackName(report, id, language),
      step: (track, value) => stepName(report, track, value, language),
      time: (at) => format.format(at),
      clock: (at) => clock.format(at),
    };
  }, [report, language]);
}
