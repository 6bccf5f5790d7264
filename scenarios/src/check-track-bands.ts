import type { Scenario } from '@borderline/shared';
import type { Problem } from './problem';

/**
 * A track's bands lie within its range, in ascending order, and never
 * overlap: a value is in one band at most, so the gauge can name it.
 */
export function checkTrackBands(scenario: Scenario): Problem[] {
  return scenario.tracks.flatMap((track, t) => {
    const problems: Problem[] = [];
    (track.bands ?? []).forEach((band, b, bands) => {
      const path = ['tracks', t, 'bands', b];
      if (band.from < track.min || band.to > track.max) {
        problems.push({
          path,
          message: `band ${band.from}–${band.to} of "${track.id}" goes outside the track's range ${track.min}–${track.max}`,
        });
      }
      const previous = bands[b - 1];
      if (previous !== undefined && band.from <= previous.to) {
        problems.push({
          path: [...path, 'from'],
          message: `band ${band.from}–${band.to} of "${track.id}" starts at or before the end of the band before it (${previous.from}–${previous.to}); expected bands in ascending order, without overlap`,
        });
      }
    });
    return problems;
  });
}
