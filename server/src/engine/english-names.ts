import type { ActionResult } from './exercise-context';
import type { ScenarioIndex } from './scenario-index';

/**
 * The English names the engine's messages use instead of ids (a refusal's
 * message is read in logs and by clients that show it as it is); an id the
 * scenario does not know stays as it is, quoted.
 */
export function teamName(index: ScenarioIndex, id: string): string {
  return index.teams.get(id)?.name.en ?? `"${id}"`;
}

export function cardName(index: ScenarioIndex, id: string): string {
  const card = index.cards.get(id);
  return card === undefined ? `"${id}"` : `“${card.name.en}”`;
}

export function trackName(index: ScenarioIndex, id: string): string {
  return index.tracks.get(id)?.name.en ?? `"${id}"`;
}

export function injectName(index: ScenarioIndex, id: string): string {
  const inject = index.injects.get(id);
  return inject === undefined ? `"${id}"` : `“${inject.title.en}”`;
}

/** A played action by its card and team: “Card” (Team), or Team's free-form action. */
export function actionName(
  index: ScenarioIndex,
  result: Pick<ActionResult, 'team' | 'card'>,
): string {
  const team = teamName(index, result.team);
  return result.card === null
    ? `${team}'s free-form action`
    : `${cardName(index, result.card)} (${team})`;
}
