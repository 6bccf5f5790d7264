import { useTranslation } from 'react-i18next';
import type { ExerciseView, TrackSnapshot } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';

function useSnapshotLabel(): (snapshot: TrackSnapshot) => string {
  const { t } = useTranslation();
  return (snapshot) => {
    switch (snapshot.label) {
      case 'start':
        return t('common.tracks.start');
      case 'after-move':
        return t('common.tracks.afterMove', { move: snapshot.move });
      case 'practice-reset':
        return t('common.tracks.practiceReset');
      case 'final':
        return t('common.tracks.final');
    }
  };
}

/**
 * Every track move by move, as a table (one row per track): readable by a
 * screen reader cell by cell, and scrollable sideways on a phone.
 */
export function TrackHistoryTable({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = useSnapshotLabel();
  const snapshots = view.tracks.history;
  return (
    <div className="debrief-table-wrap" tabIndex={0} aria-labelledby="track-history-caption">
      <table className="debrief-table" data-testid="track-history">
        <caption id="track-history-caption">{t('hotwash.trackHistory')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.tracks.title')}</th>
            {snapshots.map((snapshot, index) => (
              <th key={index} scope="col">
                {label(snapshot)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.scenario.tracks.map((track) => (
            <tr key={track.id} data-track={track.id}>
              <th scope="row">{localize(track.name, language)}</th>
              {snapshots.map((snapshot, index) => (
                <td key={index}>{snapshot.tracks[track.id] ?? '–'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
