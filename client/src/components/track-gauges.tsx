import { useTranslation } from 'react-i18next';
import type { Track, TrackSnapshot, Tracks } from '@borderline/shared';
import { localize } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';

/** A track's current step name (ladders), or its end labels (ranges). */
function stepLabel(track: Track, value: number, language: 'en' | 'es'): string | null {
  const step = track.steps?.find((candidate) => candidate.value === value);
  return step === undefined ? null : localize(step.label, language);
}

/**
 * Every track as a meter with its value in words, and its history move by
 * move as a small table behind a disclosure (keyboard and screen-reader
 * friendly, and no chart library on the first screens).
 */
export function TrackGauges({
  tracks,
  current,
  history,
  large = false,
}: {
  tracks: Track[];
  current: Tracks;
  history: TrackSnapshot[];
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
          const share = ((value - track.min) / (track.max - track.min)) * 100;
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
              <meter
                min={track.min}
                max={track.max}
                value={value}
                aria-label={name}
                aria-valuetext={`${t('common.tracks.value', { value, min: track.min, max: track.max })}${step === null ? '' : `, ${step}`}`}
                style={{ ['--share' as string]: `${share}%` }}
              />
              {(track.lowLabel !== undefined || track.highLabel !== undefined) && (
                <div className="track-ends" aria-hidden="true">
                  <span>{track.lowLabel ? localize(track.lowLabel, language) : track.min}</span>
                  <span>{track.highLabel ? localize(track.highLabel, language) : track.max}</span>
                </div>
              )}
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
