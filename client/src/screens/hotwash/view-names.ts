import type { ExerciseView, Language } from '@borderline/shared';
import { localize } from '../../i18n/localize';

/**
 * The names a view's ids stand for, in the reader's language: a team,
 * a card, a track, a person. An id the view cannot name is shown as is.
 */

export function teamName(view: ExerciseView, id: string, language: Language): string {
  const team = view.scenario.teams.find((candidate) => candidate.id === id);
  return team === undefined ? id : localize(team.name, language);
}

export function cardName(view: ExerciseView, id: string, language: Language): string {
  const card =
    view.scenario.cards.find((candidate) => candidate.id === id) ??
    view.control?.cards.find((candidate) => candidate.id === id);
  return card === undefined ? id : localize(card.name, language);
}

export function trackName(view: ExerciseView, id: string, language: Language): string {
  const track = view.scenario.tracks.find((candidate) => candidate.id === id);
  return track === undefined ? id : localize(track.name, language);
}

/** A person's name from the roster; null once they left it. */
export function personName(view: ExerciseView, id: string): string | null {
  return view.roster.find((entry) => entry.id === id)?.name ?? null;
}

/** The text of a team's objective (every objective is public once the play is over). */
export function objectiveText(
  view: ExerciseView,
  team: string,
  id: string,
  language: Language,
): string {
  const objective =
    view.scenario.teams.find((t) => t.id === team)?.objectives.find((o) => o.id === id) ??
    view.control?.teams.find((t) => t.id === team)?.objectives.find((o) => o.id === id);
  return objective === undefined ? id : localize(objective.text, language);
}
