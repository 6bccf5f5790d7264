import type { ReportChange, ReportTrack } from './report-parts';

/** How far a change goes across the track's range: swings on different scales compare fairly. */
export function reach(track: ReportTrack | undefined, item: ReportChange): number {
  const range = track === undefined ? 1 : Math.max(1, track.max - track.min);
  return Math.abs(item.to - item.from) / range;
}

/** Largest first; ties keep their given order (a stable sort). */
export function largestFirst<T extends ReportChange>(tracks: ReportTrack[], items: T[]): T[] {
  const trackOf = (id: string) => tracks.find((track) => track.id === id);
  return [...items].sort((a, b) => reach(trackOf(b.track), b) - reach(trackOf(a.track), a));
}
