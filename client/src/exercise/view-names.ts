import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ExerciseView, Language, RosterEntry, TrackLeaning } from '@borderline/shared';
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
  /** A person's name from the roster; null once they left it. */
  person: (id: string) => string | null;
  /** A roster entry's name: a bot is named by its team, in the reader's language. */
  entry: (entry: RosterEntry) => string;
  /** A team's objective by its text (every objective is public once the play is over). */
  objective: (team: string, id: string) => string;
  inject: (id: string) => string;
  /** null when the view does not hold the inject: a reader who may not see it is not told it exists. */
  injectTitle: (id: string) => string | null;
  /** Only Control's desk lists the endings. */
  ending: (id: string) => string;
  /** A played action (`m1-washington-0`) by its card and team: Control's review and records. */
  action: (id: string) => string;
  /** A dilemma's option by its label, from the endings Control's desk lists. */
  dilemmaOption: (id: string) => string;
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

/** A played action by its id: from the decisions the view holds, or the review's results. */
function playedAction(
  view: ExerciseView,
  id: string,
): { team: string; card: string | null } | null {
  for (const decision of view.decisions) {
    const action = decision.actions.find((candidate) => candidate.id === id);
    if (action !== undefined) return { team: decision.team, card: action.card };
  }
  const result = view.control?.review?.results.find((candidate) => candidate.id === id);
  return result === undefined ? null : { team: result.team, card: result.card };
}

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
  const teamName = (id: string | null) => {
    if (id === null) return t('common.observers');
    const team = find(scenario.teams, id);
    return team === undefined ? id : localize(team.name, language);
  };
  const cardName = (id: string) => {
    const card = find(control?.cards, id) ?? find(view.team?.cards, id) ?? find(scenario.cards, id);
    return card === undefined ? id : localize(card.name, language);
  };
  /** The server stores a bot's name in one language; the reader reads it in theirs. */
  const entryName = (entry: RosterEntry) =>
    entry.isBot ? t('common.botName', { team: teamName(entry.team) }) : entry.name;
  return {
    language,
    team: teamName,
    card: cardName,
    track: (id) => {
      const track = find(scenario.tracks, id);
      return track === undefined ? id : localize(track.name, language);
    },
    player: (id) => {
      if (id === 'facilitator') return t('common.chat.control');
      return find(view.roster, id)?.name ?? id;
    },
    person: (id) => {
      const entry = find(view.roster, id);
      return entry === undefined ? null : entryName(entry);
    },
    entry: entryName,
    objective: (team, id) => {
      const objective =
        find(find(scenario.teams, team)?.objectives, id) ??
        find(find(control?.teams, team)?.objectives, id);
      return objective === undefined ? id : localize(objective.text, language);
    },
    inject: (id) => injectTitle(id) ?? id,
    injectTitle,
    ending: (id) => {
      const ending = find(control?.endings, id);
      return ending === undefined ? id : localize(ending.title, language);
    },
    action: (id) => {
      const played = playedAction(view, id);
      if (played === null) return id;
      return played.card === null
        ? t('common.actionName.freeform', { team: teamName(played.team) })
        : t('common.actionName.card', { card: cardName(played.card), team: teamName(played.team) });
    },
    dilemmaOption: (id) => {
      const options = (control?.endings ?? []).flatMap((ending) => ending.dilemma?.options ?? []);
      const option = find(options, id);
      return option === undefined ? id : localize(option.label, language);
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
