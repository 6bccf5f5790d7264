import type { Track } from '@borderline/shared';
import { EndingMarkIcon, Glyph, ObjectiveMarkIcon } from '../../components/icons';
import type { ProjectorMark } from './projector-marks';

const iconOf = (mark: Pick<ProjectorMark, 'kind'>) =>
  mark.kind === 'ending' ? EndingMarkIcon : ObjectiveMarkIcon;

/** Where a value sits along a bar, in percent. */
export const barShare = (track: Track, value: number) =>
  Math.min(100, Math.max(0, ((value - track.min) / (track.max - track.min)) * 100));

/** The icon of the marks a rung is the threshold of, beside the rung's words. */
export function RungMarkIcons({ marks }: { marks: readonly ProjectorMark[] }) {
  if (marks.length === 0) return null;
  return (
    <span className="projector-rung-icons" aria-hidden="true">
      {marks.map((mark, index) => (
        <Glyph key={index} icon={iconOf(mark)} />
      ))}
    </span>
  );
}

/**
 * What each threshold means, in words large enough for the back of the
 * room, under its ladder or bar: the icon the tick carries, then the words.
 * On a bar the line starts under the tick (leaning inwards past halfway).
 */
export function MarkCaptions({
  track,
  marks,
  alongBar = false,
}: {
  track: Track;
  marks: readonly ProjectorMark[];
  alongBar?: boolean;
}) {
  if (marks.length === 0) return null;
  return (
    <ul className="projector-marks" data-testid={`projector-marks-${track.id}`}>
      {marks.map((mark, index) => {
        const share = barShare(track, mark.value);
        const right = alongBar && share > 50;
        const style = !alongBar
          ? undefined
          : right
            ? { paddingRight: `calc(${100 - share}% - 0.55em)` }
            : { paddingLeft: `max(0px, calc(${share}% - 0.55em))` };
        return (
          <li
            key={index}
            className={`projector-mark${right ? ' projector-mark-right' : ''}`}
            data-kind={mark.kind}
            data-value={mark.value}
            style={style}
          >
            <Glyph icon={iconOf(mark)} />
            <span>{mark.label}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** The thresholds as ticks across a bar (their meaning is in the captions beneath). */
export function BarTicks({ track, marks }: { track: Track; marks: readonly ProjectorMark[] }) {
  return (
    <>
      {marks.map((mark, index) => (
        <span
          key={index}
          className="projector-bar-tick"
          data-kind={mark.kind}
          data-value={mark.value}
          aria-hidden="true"
          style={{ left: `${barShare(track, mark.value)}%` }}
        />
      ))}
    </>
  );
}
