import type { ReportTrack } from '@borderline/shared';

/** One point of a track's line: where it was, and its value (null if not recorded). */
export interface ChartPoint {
  /** Under the axis: "Start", "M1"… */
  tick: string;
  /** In the point's tooltip: "After move 1"… */
  label: string;
  value: number | null;
}

const WIDTH = 240;
const HEIGHT = 88;
const LEFT = 20;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 18;

/**
 * One track's line, move by move, drawn as SVG by the page itself: it is
 * there at once, on screen and in print, with no library to load. Each
 * point carries its value (printed above it, and in its tooltip); the axis
 * shows the track's range and a dashed line its starting value. The tracks'
 * table in the report carries the same figures for screen readers.
 */
export function TrackChart({
  track,
  label,
  points,
}: {
  track: ReportTrack;
  /** What the chart is, for screen readers: "Chart of Escalation, move by move". */
  label: string;
  points: ChartPoint[];
}) {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const range = Math.max(1, track.max - track.min);
  const x = (index: number) =>
    LEFT + (points.length <= 1 ? plotWidth / 2 : (index * plotWidth) / (points.length - 1));
  const y = (value: number) => TOP + ((track.max - value) / range) * plotHeight;
  const drawn = points.flatMap((point, index) =>
    point.value === null ? [] : [{ ...point, value: point.value, index }],
  );
  const line = drawn
    .map((point, order) => `${order === 0 ? 'M' : 'L'}${x(point.index)} ${y(point.value)}`)
    .join(' ');
  const bound = (value: number) => (
    <g key={`bound-${value}`}>
      <line
        className="report-chart-grid"
        x1={LEFT}
        x2={WIDTH - RIGHT}
        y1={y(value)}
        y2={y(value)}
      />
      <text className="report-chart-axis" x={LEFT - 4} y={y(value) + 3} textAnchor="end">
        {value}
      </text>
    </g>
  );
  return (
    <svg
      className="report-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
      data-track={track.id}
    >
      <title>{label}</title>
      {bound(track.max)}
      {bound(track.min)}
      <line
        className="report-chart-start"
        x1={LEFT}
        x2={WIDTH - RIGHT}
        y1={y(track.start)}
        y2={y(track.start)}
      />
      {points.map((point, index) => (
        <text
          key={`tick-${index}`}
          className="report-chart-axis"
          x={x(index)}
          y={HEIGHT - 5}
          textAnchor="middle"
        >
          {point.tick}
        </text>
      ))}
      <path className="report-chart-line" d={line} />
      {drawn.map((point) => (
        <g key={`point-${point.index}`}>
          <circle className="report-chart-point" cx={x(point.index)} cy={y(point.value)} r={2.5}>
            <title>{`${point.label}: ${point.value}`}</title>
          </circle>
          <text
            className="report-chart-value"
            x={x(point.index)}
            y={y(point.value) - 5}
            textAnchor="middle"
          >
            {point.value}
          </text>
        </g>
      ))}
    </svg>
  );
}
