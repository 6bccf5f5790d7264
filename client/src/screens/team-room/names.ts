import { useMemo } from 'react';
import type { ExerciseView, Language } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';

/** Ids turned into the words a student reads; an unknown id is shown as it is. */
export interface Names {
  language: Language;
  team: (id: string) => string;
  card: (id: string) => string;
  track: (id: string) => string;
  player: (id: string) => string;
  inject: (id: string) => string | null;
}

export function namesOf(view: ExerciseView, language: Language): Names {
  const { scenario } = view;
  const find = <T extends { id: string }>(list: T[], id: string) =>
    list.find((item) => item.id === id);
  return {
    language,
    team: (id) => {
      const team = find(scenario.teams, id);
      return team === undefined ? id : localize(team.name, language);
    },
    card: (id) => {
      const card = find(view.team?.cards ?? [], id) ?? find(scenario.cards, id);
      return card === undefined ? id : localize(card.name, language);
    },
    track: (id) => {
      const track = find(scenario.tracks, id);
      return track === undefined ? id : localize(track.name, language);
    },
    player: (id) => find(view.roster, id)?.name ?? id,
    inject: (id) => {
      const inject = find(view.injects, id);
      return inject === undefined ? null : localize(inject.title, language);
    },
  };
}

/** The names for the current view, in the reader's language. */
export function useNames(view: ExerciseView): Names {
  const language = useLanguage();
  return useMemo(() => namesOf(view, language), [view, language]);
}
