import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ExerciseView, Language, Track, TrackMark } from '@borderline/shared';
import { markLabel } from '../../components/gauge-marks';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';

/** A threshold as the room reads it on a track: where it is and what it means. */
export interface ProjectorMark {
  track: string;
  bound: TrackMark['bound'];
  value: number;
  kind: TrackMark['source']['kind'];
  label: string;
}

/**
 * "Rupture: the exercise ends at 1 or lower, from move 2": the ending's
 * name first, so that the back of the room reads which ending it is before
 * reading where; on a ladder, the rung ("at rung 6", the top one needing no
 * "or higher"). An objective's mark (a projector sees none while a team's
 * objectives are secret) reads as on the gauges.
 */
export function projectorMarkLabel(
  mark: TrackMark,
  track: Track,
  view: Pick<ExerciseView, 'recipient' | 'scenario'>,
  language: Language,
  t: TFunction,
): string {
  const { source } = mark;
  if (source.kind !== 'ending') return markLabel(mark, view, language, t);
  const title = localize(source.title, language);
  const ladder = track.steps !== undefined;
  const edge = mark.bound === 'atLeast' ? mark.value >= track.max : mark.value <= track.min;
  const key = ladder && edge ? 'atRung' : ladder ? (`${mark.bound}Rung` as const) : mark.bound;
  const ends = t(`screen.projector.marks.${key}`, { title, value: mark.value });
  const more = [
    ...(mark.fromMove === null
      ? []
      : [t('screen.projector.marks.fromMove', { move: mark.fromMove })]),
    ...(mark.alone ? [] : [t('screen.projector.marks.withOthers')]),
  ];
  return [ends, ...more].join(', ');
}

/** Whether a track at `value` is past the threshold (a rung inside the ending's reach). */
export function markHolds(mark: Pick<TrackMark, 'bound' | 'value'>, value: number): boolean {
  return mark.bound === 'atLeast' ? value >= mark.value : value <= mark.value;
}

/** The projector's view's marks in the reader's language, by track. */
export function useProjectorMarks(view: ExerciseView): (track: string) => ProjectorMark[] {
  const { t } = useTranslation();
  const language = useLanguage();
  const byTrack = useMemo(() => {
    const found = new Map<string, ProjectorMark[]>();
    for (const mark of view.tracks.marks) {
      const track = view.scenario.tracks.find((candidate) => candidate.id === mark.track);
      if (track === undefined) continue;
      const list = found.get(mark.track) ?? [];
      list.push({
        track: mark.track,
        bound: mark.bound,
        value: mark.value,
        kind: mark.source.kind,
        label: projectorMarkLabel(mark, track, view, language, t),
      });
      found.set(mark.track, list);
    }
    return found;
  }, [view, language, t]);
  return (track) => byTrack.get(track) ?? [];
}
