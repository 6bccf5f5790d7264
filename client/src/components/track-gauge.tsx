import { useTranslation } from 'react-i18next';
import type { Track, TrackBand } from '@borderline/shared';
import { localize } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import type { GaugeMark } from './gauge-marks';
import { EndingMarkIcon, Glyph, ObjectiveMarkIcon } from './icons';

/** The band the value is in, if the scenario gives the track bands. */
export function bandOf(track: Track, value: number): TrackBand | null {
  return track.bands?.find((band) => value >= band.from && value <= band.to) ?? null;
}

/** Where a value sits along the bar, in percent. */
const shareOf = (track: Track, value: number) =>
  Math.min(100, Math.max(0, ((value - track.min) / (track.max - track.min)) * 100));

const markIcon = (mark: GaugeMark) => (mark.kind === 'ending' ? EndingMarkIcon : ObjectiveMarkIcon);

/**
 * One track's bar: filled in a neutral colour, or in the colour the scenario
 * gives the band the value is in (a colour from its fixed palette, never
 * green or red for its own sake), the bands as a strip beneath, and a tick
 * for every threshold the reader may know, each with its meaning as its
 * accessible name and, for a phone without hover, in a line of text below.
 */
export function TrackGauge({
  track,
  value,
  marks,
}: {
  track: Track;
  value: number;
  marks: readonly GaugeMark[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = localize(track.name, language);
  const step = track.steps?.find((candidate) => candidate.value === value);
  const band = bandOf(track, value);
  const bandLabel = band === null ? null : localize(band.label, language);
  const valueText = [
    t('common.tracks.value', { value, min: track.min, max: track.max }),
    step === undefined ? null : localize(step.label, language),
    bandLabel,
  ]
    .filter((part) => part !== null)
    .join(', ');
  return (
    <>
      {band !== null && (
        <p className="track-band" data-band-color={band.color}>
          <span className="track-band-swatch" aria-hidden="true" />
          {bandLabel}
        </p>
      )}
      <div className={`gauge${marks.length > 0 ? ' gauge-marked' : ''}`}>
        <div
          className="gauge-bar"
          role="meter"
          aria-label={name}
          aria-valuemin={track.min}
          aria-valuemax={track.max}
          aria-valuenow={value}
          aria-valuetext={valueText}
        >
          <div
            className="gauge-fill"
            data-band-color={band?.color ?? 'neutral'}
            style={{ width: `${shareOf(track, value)}%` }}
          />
        </div>
        {track.bands !== undefined && track.bands.length > 0 && (
          <div className="gauge-bands" aria-hidden="true">
            {track.bands.map((each) => {
              // A band covers its values' whole cells, so that bands side by side meet.
              const left = shareOf(track, each.from - 0.5);
              const right = shareOf(track, each.to + 0.5);
              return (
                <span
                  key={each.from}
                  data-band-color={each.color}
                  title={localize(each.label, language)}
                  style={{ left: `${left}%`, width: `${right - left}%` }}
                />
              );
            })}
          </div>
        )}
        {marks.length > 0 && (
          <ul className="gauge-ticks" aria-label={t('common.tracks.marks.label', { track: name })}>
            {marks.map((mark, index) => (
              <li
                key={index}
                className="gauge-tick"
                data-kind={mark.kind}
                data-value={mark.value}
                style={{ left: `${shareOf(track, mark.value)}%` }}
              >
                {/* The icon leans inwards at the ends, so that it never sticks out of the gauge. */}
                <span
                  title={mark.label}
                  style={{ transform: `translateX(-${shareOf(track, mark.value)}%)` }}
                >
                  <Glyph icon={markIcon(mark)} label={mark.label} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {(track.lowLabel !== undefined || track.highLabel !== undefined) && (
        <div className="track-ends" aria-hidden="true">
          <span>{track.lowLabel ? localize(track.lowLabel, language) : track.min}</span>
          <span>{track.highLabel ? localize(track.highLabel, language) : track.max}</span>
        </div>
      )}
      {marks.length > 0 && (
        // What the ticks say, in view; a screen reader has it on the ticks themselves.
        <ul className="gauge-legend" aria-hidden="true">
          {marks.map((mark, index) => (
            <li key={index} data-kind={mark.kind}>
              <Glyph icon={markIcon(mark)} />
              {mark.label}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
