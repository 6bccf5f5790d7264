import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ExerciseView, Language, TrackLeaning } from '@borderline/shared';
import { trackLeaning } from '@borderline/shared';
import { localize } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';

/**
 * A view's ids turned into the words its reader reads, in the reader's
 * language. An unknown id is shown as it is, except by `injectTitle`.
 */
export interface Names {
  language: Language;
  /** null is no team: the observers (a seat or a roster entry without one). */
  team: (id: string | null) => string;
  card: (id: string) => string;
  track: (id: string) => string;
  /** 'facilitator' is Control, as the chat names it. */
  player: (id: string) => string;
  inject: (id: string) => string;
  /** null when the view does not hold the inject: a reader who may not see it is not told it exists. */
  injectTitle: (id: string) => string | null;
  /** Only Control's desk lists the endings. */
  ending: (id: string) => string;
  /** A track's value now (its start when the view has none yet). */
  trackValue: (id: string) => number;
  /**
   * Whether moving a track from one value to another helps or hurts the
   * reader's team, by its own objectives' thresholds in the view; neutral for
   * Control and the observers, and where the team has no objective.
   */
  leaning: (track: string, from: number, to: number) => TrackLeaning;
}

const find = <T extends { id: string }>(list: readonly T[] | undefined, id: string) =>
  list?.find((item) => item.id === id);

/**
 * The names for any recipient: Control's desk when the view has one (covert
 * cards, the whole inject deck, the endings), the own team's hand when it has
 * one, then what every reader sees.
 */
export function namesOf(view: ExerciseView, language: Language, t: TFunction): Names {
  const { scenario, control } = view;
  const injectTitle = (id: string) => {
    const inject = find(control?.injectDeck, id) ?? find(view.injects, id);
    return inject === undefined ? null : localize(inject.title, language);
  };
  return {
    language,
    team: (id) => {
      if (id === null) return t('common.observers');
      const team = find(scenario.teams, id);
      return team === undefined ? id : localize(team.name, language);
    },
    card: (id) => {
      const card =
        find(control?.cards, id) ?? find(view.team?.cards, id) ?? find(scenario.cards, id);
      return card === undefined ? id : localize(card.name, language);
    },
    track: (id) => {
      const track = find(scenario.tracks, id);
      return track === undefined ? id : localize(track.name, language);
    },
    player: (id) => {
      if (id === 'facilitator') return t('common.chat.control');
      return find(view.roster, id)?.name ?? id;
    },
    inject: (id) => injectTitle(id) ?? id,
    injectTitle,
    ending: (id) => {
      const ending = find(control?.endings, id);
      return ending === undefined ? id : localize(ending.title, language);
    },
    trackValue: (id) => view.tracks.current[id] ?? find(scenario.tracks, id)?.start ?? 0,
    leaning: (track, from, to) =>
      trackLeaning(
        view.tracks.marks,
        view.recipient.kind === 'team' ? view.recipient.team : null,
        track,
        from,
        to,
      ),
  };
}

/** The names for the current view, in the reader's language; the same object until either changes. */
export function useNames(view: ExerciseView): Names {
  const { t } = useTranslation();
  const language = useLanguage();
  return useMemo(() => namesOf(view, language, t), [view, language, t]);
}
