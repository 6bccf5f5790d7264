import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExerciseView, Language, Track } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { markHolds, useProjectorMarks, type ProjectorMark } from './projector-marks';
import { BarTicks, barShare, MarkCaptions, RungMarkIcons } from './projector-track-marks';
import { worldMovement, type MovementSince, type TrackMovement } from './track-movement';

/** "since move 2", "since the start". */
function sinceText(t: TFunction, since: MovementSince): string {
  if (since.kind === 'move') return t('screen.projector.since.move', { move: since.move });
  return t(`screen.projector.since.${since.kind}`);
}

/**
 * A track's change in a neutral shape and its number, "▲ +10 since move 2":
 * the arrow is drawn, not coloured, so the room reads the direction and
 * nobody reads a judgement (more of a track is not better or worse).
 */
function Change({
  movement,
  since,
  language,
  showSince = true,
}: {
  movement: TrackMovement;
  since: MovementSince;
  language: Language;
  /** Off where a heading says it once for a list. */
  showSince?: boolean;
}) {
  const { t } = useTranslation();
  const when = sinceText(t, since);
  const { delta } = movement;
  const amount = new Intl.NumberFormat(language).format(Math.abs(delta));
  const words =
    delta > 0
      ? t('screen.projector.change.up', { delta: amount, since: when })
      : delta < 0
        ? t('screen.projector.change.down', { delta: amount, since: when })
        : t('screen.projector.change.none', { since: when });
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'none';
  return (
    <span className="projector-change" data-change={direction} data-delta={delta}>
      <span className={`projector-arrow projector-arrow-${direction}`} aria-hidden="true" />
      <span className="visually-hidden">{words}</span>
      <span aria-hidden="true">
        {delta === 0
          ? '±0'
          : new Intl.NumberFormat(language, { signDisplay: 'always' }).format(delta)}
        {showSince && <span className="projector-since"> {when}</span>}
      </span>
    </span>
  );
}

/** One track as the world shows it: the track, how it moved and since when, its thresholds. */
interface TrackProps {
  track: Track;
  movement: TrackMovement | null;
  since: MovementSince | null;
  marks: readonly ProjectorMark[];
}

/** Where a track stands now: its moved value, or its start before anything moved it. */
function trackValue(track: Track, movement: TrackMovement | null): number {
  return movement?.value ?? track.start;
}

/**
 * A track with named steps drawn as a ladder: every rung, the current one
 * marked, the last one shown; the rungs an ending reaches carry its icon,
 * and its meaning is said beneath.
 */
function Ladder({ track, movement, since, marks }: TrackProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const value = trackValue(track, movement);
  const rungs = [...(track.steps ?? [])].reverse();
  const titleId = `projector-ladder-${track.id}`;
  return (
    <section className="projector-ladder" data-track={track.id} aria-labelledby={titleId}>
      {/* The rung and its change on the title's line, so that every rung has room for its words. */}
      <h2 id={titleId} className="projector-track-title">
        <span>{localize(track.name, language)}</span>
        <span className="projector-ladder-state">
          {movement !== null && since !== null && (
            <Change movement={movement} since={since} language={language} />
          )}
          <span className="projector-track-value" data-testid={`projector-value-${track.id}`}>
            {t('screen.projector.rung', { value, max: track.max })}
          </span>
        </span>
      </h2>
      <ol className="projector-rungs">
        {rungs.map((step) => {
          const current = step.value === value;
          const before =
            movement !== null && movement.delta !== 0 && step.value === movement.before;
          const reached = marks.filter((mark) => markHolds(mark, step.value));
          return (
            <li
              key={step.value}
              className={`projector-rung${current ? ' projector-rung-current' : ''}${before ? ' projector-rung-before' : ''}${reached.length > 0 ? ' projector-rung-marked' : ''}`}
              aria-current={current ? 'step' : undefined}
              data-rung={step.value}
            >
              <span className="projector-rung-number">{step.value}</span>
              <span className="projector-rung-label">{localize(step.label, language)}</span>
              <RungMarkIcons marks={reached} />
              {current && <span className="projector-rung-mark">{t('screen.projector.now')}</span>}
              {before && <span className="projector-rung-mark">{t('screen.projector.was')}</span>}
            </li>
          );
        })}
      </ol>
      <MarkCaptions track={track} marks={marks} />
    </section>
  );
}

/**
 * A track without steps: its name, a plain bar of where it stands in its
 * range with a tick at each threshold, its change, and what the ticks mean.
 */
function RangeTrack({ track, movement, since, marks }: TrackProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const value = trackValue(track, movement);
  const name = localize(track.name, language);
  const share = barShare(track, value);
  return (
    <li className="projector-range" data-track={track.id}>
      <span className="projector-range-name">{name}</span>
      <span className="projector-track-value" data-testid={`projector-value-${track.id}`}>
        {value}
        <span className="projector-range-max">/{track.max}</span>
      </span>
      <span
        className="projector-bar"
        role="img"
        aria-label={t('common.tracks.value', { value, min: track.min, max: track.max })}
      >
        <span className="projector-bar-fill" style={{ width: `${share}%` }} />
        <BarTicks track={track} marks={marks} />
      </span>
      {movement !== null && since !== null && (
        <Change movement={movement} since={since} language={language} showSince={false} />
      )}
      <MarkCaptions track={track} marks={marks} alongBar />
    </li>
  );
}

/**
 * The world at a glance for the back of the room: every ladder drawn as
 * rungs, every other track as a bar, each with its change since the last
 * move, and the thresholds the public may know (the endings the scenario
 * makes public, from the projector's own view) ticked on them and said in
 * words. Projector-only and neutral: no colour says good or bad.
 */
export function ProjectorWorld({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const { tracks } = view.scenario;
  const { phase, move } = view.exercise;
  const movement = worldMovement(tracks, view.tracks.current, view.tracks.history, phase, move);
  const of = (id: string) => movement?.tracks.find((item) => item.track === id) ?? null;
  const since = movement?.since ?? null;
  const marksOf = useProjectorMarks(view);
  const ladders = tracks.filter((track) => track.steps !== undefined);
  const ranges = tracks.filter((track) => track.steps === undefined);
  return (
    <div className="projector-world" data-testid="projector-world">
      {ladders.map((track) => (
        <Ladder
          key={track.id}
          track={track}
          movement={of(track.id)}
          since={since}
          marks={marksOf(track.id)}
        />
      ))}
      {ranges.length > 0 && (
        <section className="projector-ranges" aria-labelledby="projector-world-title">
          <h2 id="projector-world-title" className="projector-track-title">
            <span>{t('screen.projector.world')}</span>
            {since !== null && <span className="projector-since">{sinceText(t, since)}</span>}
          </h2>
          <ul>
            {ranges.map((track) => (
              <RangeTrack
                key={track.id}
                track={track}
                movement={of(track.id)}
                since={since}
                marks={marksOf(track.id)}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
