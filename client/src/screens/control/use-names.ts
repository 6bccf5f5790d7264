import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';

/** Ids as the facilitator reads them: names in the reader's language, the id when unknown. */
export interface Names {
  team: (id: string | null) => string;
  card: (id: string) => string;
  track: (id: string) => string;
  inject: (id: string) => string;
  player: (id: string) => string;
  ending: (id: string) => string;
}

export function useNames(view: ExerciseView): Names {
  const { t } = useTranslation();
  const language = useLanguage();
  const control = view.control;
  return {
    team: (id) => {
      if (id === null) return t('common.observers');
      const team = view.scenario.teams.find((candidate) => candidate.id === id);
      return team === undefined ? id : localize(team.name, language);
    },
    card: (id) => {
      const card =
        control?.cards.find((candidate) => candidate.id === id) ??
        view.scenario.cards.find((candidate) => candidate.id === id);
      return card === undefined ? id : localize(card.name, language);
    },
    track: (id) => {
      const track = view.scenario.tracks.find((candidate) => candidate.id === id);
      return track === undefined ? id : localize(track.name, language);
    },
    inject: (id) => {
      const inject =
        control?.injectDeck.find((candidate) => candidate.id === id) ??
        view.injects.find((candidate) => candidate.id === id);
      return inject === undefined ? id : localize(inject.title, language);
    },
    player: (id) => {
      if (id === 'facilitator') return t('common.chat.control');
      return view.roster.find((entry) => entry.id === id)?.name ?? id;
    },
    ending: (id) => {
      const ending = control?.endings.find((candidate) => candidate.id === id);
      return ending === undefined ? id : localize(ending.title, language);
    },
  };
}
