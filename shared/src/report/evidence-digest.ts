import { excerpt } from './excerpt';
import type { ReportObjectiveEvidence, ReportRubricLevel } from './report-evidence';

/**
 * How the report's body (the Markdown and the page alike) condenses an
 * objective's evidence; the appendices hold all of it.
 */

/** Per team, in order of first appearance, the scored moves of its decisions. */
export function movesByTeam(
  decisions: ReportObjectiveEvidence['decisions'],
): { team: string; moves: number[] }[] {
  const byTeam = new Map<string, number[]>();
  for (const decision of decisions) {
    const moves = byTeam.get(decision.team) ?? [];
    if (!moves.includes(decision.move)) moves.push(decision.move);
    byTeam.set(decision.team, moves);
  }
  return [...byTeam].map(([team, moves]) => ({ team, moves }));
}

/**
 * The reflections the body quotes: each team's first (by the order they
 * came in), shortened (`excerpt`); the rest are counted, and read in full in
 * the appendix of the hotwash.
 */
export function quotedReflections(reflections: ReportObjectiveEvidence['reflections']): {
  quoted: ReportObjectiveEvidence['reflections'];
  more: number;
} {
  const seen = new Set<string | null>();
  const quoted = reflections.filter((item) => {
    if (seen.has(item.team)) return false;
    seen.add(item.team);
    return true;
  });
  return {
    quoted: quoted.map((item) => ({ ...item, text: excerpt(item.text) })),
    more: reflections.length - quoted.length,
  };
}

/** The ratings of an objective by level, highest first; a note without a level last. */
export function ratingGroups(
  objective: ReportObjectiveEvidence,
): { level: ReportRubricLevel | null; teams: string[] }[] {
  const groups: { level: ReportRubricLevel | null; teams: string[] }[] = [];
  for (const rating of objective.ratings) {
    const same = groups.find((group) => group.level?.id === rating.level?.id);
    if (same === undefined) groups.push({ level: rating.level, teams: [rating.team] });
    else same.teams.push(rating.team);
  }
  return groups.sort((a, b) => (b.level?.rank ?? 0) - (a.level?.rank ?? 0));
}
