import { useTranslation } from 'react-i18next';
import type { ExerciseView, TrackChange } from '@borderline/shared';
import { useLanguage } from '../../i18n/use-language';
import { trackName } from './view-names';

/** Tracks moved by one cause, "Escalation: 2 → 3"; nothing when none moved. */
export function TrackChanges({ view, changes }: { view: ExerciseView; changes: TrackChange[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const moved = changes.filter((change) => change.from !== change.to || change.clamped);
  if (moved.length === 0) return null;
  return (
    <ul className="debrief-changes">
      {moved.map((change, index) => (
        <li key={index} data-track={change.track}>
          {t('hotwash.timeline.change', {
            track: trackName(view, change.track, language),
            from: change.from,
            to: change.to,
          })}
          {change.clamped && ` (${t('hotwash.timeline.clamped')})`}
        </li>
      ))}
    </ul>
  );
}
