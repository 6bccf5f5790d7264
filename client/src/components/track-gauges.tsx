import { useTranslation } from 'react-i18next';
import type { Track, TrackSnapshot, Tracks } from '@borderline/shared';
import { localize } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import type { GaugeMark } from './gauge-marks';
import { TrackGauge } from './track-gauge';
import './track-gauges.css';

/** A track's current step name (ladders), or its end labels (ranges). */
function stepLabel(track: Track, value: number, language: 'en' | 'es'): string | null {
  const step = track.steps?.find((candidate) => candidate.value === value);
  return step === undefined ? null : localize(step.label, language);
}

/**
 * Every track as a gauge with its value in words, the thresholds the reader
 * may know marked on it, and its history move by move as a small table
 * behind a disclosure (keyboard and screen-reader friendly, and no chart
 * library on the first screens).
 */
export function TrackGauges({
  tracks,
  current,
  history,
  marks = [],
  large = false,
}: {
  tracks: Track[];
  current: Tracks;
  history: TrackSnapshot[];
  /** The thresholds to tick, in the reader's words (`useGaugeMarks`); none by default. */
  marks?: readonly GaugeMark[];
  large?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className={`tracks${large ? ' tracks-large' : ''}`} aria-labelledby="tracks-title">
      <h2 id="tracks-title">{t('common.tracks.title')}</h2>
      <ul className="track-list">
        {tracks.map((track) => {
          const value = current[track.id] ?? track.start;
          const name = localize(track.name, language);
          const step = stepLabel(track, value, language);
          return (
            <li key={track.id} className="track" data-track={track.id}>
              <div className="track-head">
                <span className="track-name" title={localize(track.description, language)}>
                  {name}
                </span>
                <span className="track-value" data-testid={`track-value-${track.id}`}>
                  {value}
                  {step !== null && <span className="track-step"> · {step}</span>}
                </span>
              </div>
              <TrackGauge
                track={track}
                value={value}
                marks={marks.filter((mark) => mark.track === track.id)}
              />
              {history.length > 1 && (
                <details className="track-history">
                  <summary>{t('common.tracks.history', { track: name })}</summary>
                  <ol>
                    {history.map((snapshot, index) => (
                      <li key={index}>
                        {snapshot.label === 'start' && t('common.tracks.start')}
                        {snapshot.label === 'after-move' &&
                          t('common.tracks.afterMove', { move: snapshot.move })}
                        {snapshot.label === 'practice-reset' && t('common.tracks.practiceReset')}
                        {snapshot.label === 'final' && t('common.tracks.final')}:{' '}
                        <strong>{snapshot.tracks[track.id]}</strong>
                      </li>
                    ))}
                  </ol>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
