import type { Report } from './report-schema';

/**
 * The tracks Control set by hand during the game (in a review or between
 * moves), each once in the order first set. The what-if replays never make
 * such an adjustment, so the report says so beside their endings.
 */
export function tracksSetByHand(report: Report): string[] {
  const tracks = report.timeline.flatMap((move) => [
    ...move.overrides.filter((override) => override.kind === 'track').map((o) => o.target),
    ...move.trackOverrides.map((override) => override.track),
  ]);
  return [...new Set(tracks)];
}
