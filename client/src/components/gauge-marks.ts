import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ExerciseView, Language, TrackMark } from '@borderline/shared';
import { localize } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';

/** A threshold to tick on a gauge, in the reader's words. */
export interface GaugeMark {
  track: string;
  value: number;
  kind: TrackMark['source']['kind'];
  label: string;
}

/**
 * "Your objective: at most 4", "Objective of Washington: at least 4" (Control
 * sees every team's), "Ends the exercise at 1 or lower (Rupture), from move 2".
 */
export function markLabel(
  mark: TrackMark,
  view: Pick<ExerciseView, 'recipient' | 'scenario'>,
  language: Language,
  t: TFunction,
): string {
  const { source } = mark;
  if (source.kind === 'objective') {
    const own = view.recipient.kind === 'team' && view.recipient.team === source.team;
    const team = view.scenario.teams.find((candidate) => candidate.id === source.team);
    const who = own
      ? t('common.tracks.marks.yourObjective')
      : t('common.tracks.marks.teamObjective', {
          team: team === undefined ? source.team : localize(team.name, language),
        });
    return t(`common.tracks.marks.${mark.bound}`, { who, value: mark.value });
  }
  const title = localize(source.title, language);
  const ends =
    mark.bound === 'atLeast'
      ? t('common.tracks.marks.endsAtLeast', { value: mark.value, title })
      : t('common.tracks.marks.endsAtMost', { value: mark.value, title });
  const more = [
    ...(mark.fromMove === null ? [] : [t('common.tracks.marks.fromMove', { move: mark.fromMove })]),
    ...(mark.alone ? [] : [t('common.tracks.marks.withOthers')]),
  ];
  return [ends, ...more].join(', ');
}

/** The view's marks in the reader's language, for `TrackGauges`. */
export function useGaugeMarks(view: ExerciseView): GaugeMark[] {
  const { t } = useTranslation();
  const language = useLanguage();
  return useMemo(
    () =>
      view.tracks.marks.map((mark) => ({
        track: mark.track,
        value: mark.value,
        kind: mark.source.kind,
        label: markLabel(mark, view, language, t),
      })),
    [view, language, t],
  );
}
