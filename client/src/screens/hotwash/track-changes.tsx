import { useTranslation } from 'react-i18next';
import type { ExerciseView, TrackChange } from '@borderline/shared';
import { useNames } from '../../exercise/view-names';

/** Tracks moved by one cause, "Escalation: 2 → 3"; nothing when none moved. */
export function TrackChanges({ view, changes }: { view: ExerciseView; changes: TrackChange[] }) {
  const { t } = useTranslation();
  const names = useNames(view);
  const moved = changes.filter((change) => change.from !== change.to || change.clamped);
  if (moved.length === 0) return null;
  return (
    <ul className="debrief-changes">
      {moved.map((change, index) => (
        <li key={index} data-track={change.track}>
          {t('hotwash.timeline.change', {
            track: names.track(change.track),
            from: change.from,
            to: change.to,
          })}
          {change.clamped && ` (${t('hotwash.timeline.clamped')})`}
        </li>
      ))}
    </ul>
  );
}
