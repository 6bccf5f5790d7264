import type { TrackMark } from '@borderline/shared';
import type { ScenarioIndex } from '../engine';
import { trackThresholds } from './track-thresholds';
import type { Visibility } from './visibility';

/**
 * The thresholds the recipient may see marked on the gauges: Control every
 * team's objectives and every early ending; a team its own objectives (public
 * and secret) and the early endings the scenario makes public; observers the
 * public endings only. Another team's objective is never marked, even a
 * public one: its words are in the view, its threshold on no one's gauge but
 * its own team's and Control's.
 */
export function projectTrackMarks(index: ScenarioIndex, visibility: Visibility): TrackMark[] {
  const { scenario } = index;
  const marks: TrackMark[] = [];
  for (const team of scenario.teams) {
    if (!visibility.ownsTeam(team.id)) continue;
    for (const objective of team.objectives) {
      for (const threshold of trackThresholds(objective.target)) {
        marks.push({
          ...threshold,
          source: { kind: 'objective', team: team.id, objective: objective.id },
        });
      }
    }
  }
  for (const ending of scenario.endings) {
    if (ending.kind !== 'early') continue;
    if (!visibility.isControl && ending.visibility !== 'public') continue;
    for (const threshold of trackThresholds(ending.condition)) {
      marks.push({
        ...threshold,
        source: { kind: 'ending', ending: ending.id, title: ending.title },
      });
    }
  }
  const order = new Map(scenario.tracks.map((track, position) => [track.id, position]));
  return marks.sort(
    (a, b) => (order.get(a.track) ?? 0) - (order.get(b.track) ?? 0) || a.value - b.value,
  );
}
