import type {
  ActionCard,
  CardSummary,
  EndingView,
  HandCard,
  InjectView,
  MissingPrerequisite,
  ObjectiveView,
  OwnTeamView,
  Recipient,
  RosterEntry,
  ScenarioView,
  Team,
  TeamObjective,
  TeamPublicView,
} from '@borderline/shared';
import { cardUnavailable, injectDate } from '@borderline/shared';
import {
  cardMissingPrerequisites,
  oddsRange,
  usesSoFar,
  worldOf,
  type ExerciseContext,
  type ScenarioIndex,
  type World,
} from '../engine';
import { objectCache } from './memo';
import { visibleCause, type ActionIds } from './project-decisions';
import type { Visibility } from './visibility';

function objectiveView({ id, text, visibility, weight }: TeamObjective): ObjectiveView {
  return { id, text, visibility, weight };
}

function publicTeam(team: Team, visibility: Visibility): TeamPublicView {
  // Once the play is over (the hotwash), every objective is shown to all, for the debrief.
  const objectives = team.objectives
    .filter(
      (objective) =>
        visibility.ownsTeam(team.id) || visibility.isPlayOver || objective.visibility === 'public',
    )
    .map(objectiveView);
  return {
    id: team.id,
    name: team.name,
    role: team.role,
    publicBriefing: team.publicBriefing,
    color: team.color ?? null,
    objectives,
  };
}

/** Covert cards of other teams that an outcome has revealed, in any move. */
export function revealedCards(context: ExerciseContext): Set<string> {
  const cards = new Set<string>();
  for (const decision of context.decisions) {
    for (const action of decision.actions) {
      if (action.revealed && action.card !== null) cards.add(action.card);
    }
  }
  return cards;
}

/** Whether the recipient may know of a card: a public one, its own, or one an outcome revealed. */
export function cardKnown(
  card: ActionCard,
  visibility: Visibility,
  revealed: ReadonlySet<string>,
): boolean {
  return card.visibility === 'public' || visibility.ownsTeam(card.team) || revealed.has(card.id);
}

function cardSummaries(
  index: ScenarioIndex,
  context: ExerciseContext,
  visibility: Visibility,
): CardSummary[] {
  const revealed = revealedCards(context);
  return index.scenario.actions
    .filter((card) => cardKnown(card, visibility, revealed))
    .map(({ id, team, name, description, visibility: cardVisibility }) => ({
      id,
      team,
      name,
      description,
      visibility: cardVisibility,
    }));
}

export function projectScenario(
  index: ScenarioIndex,
  context: ExerciseContext,
  visibility: Visibility,
): ScenarioView {
  const { scenario } = index;
  return {
    id: scenario.id,
    version: scenario.version,
    title: scenario.title,
    summary: scenario.summary,
    audience: scenario.audience,
    languages: scenario.languages,
    source: scenario.source,
    otherSources: scenario.otherSources,
    glossary: scenario.glossary,
    learningObjectives: scenario.learningObjectives,
    reflectionPrompts: scenario.reflectionPrompts,
    tracks: scenario.tracks,
    rules: scenario.rules,
    moves: scenario.moves,
    teams: scenario.teams.map((team) => publicTeam(team, visibility)),
    cards: cardSummaries(index, context, visibility),
    format: formatView(index, context),
  };
}

/**
 * A missing prerequisite as the recipient may read it: a card or an inject
 * it may not know of stays unnamed (that it is awaited says nothing of
 * another team's covert move or private brief).
 */
function disclosed(
  missing: MissingPrerequisite,
  index: ScenarioIndex,
  visibility: Visibility,
  revealed: ReadonlySet<string>,
): MissingPrerequisite {
  switch (missing.kind) {
    case 'action': {
      const card = missing.card === null ? undefined : index.cards.get(missing.card);
      const known = card !== undefined && cardKnown(card, visibility, revealed);
      return { ...missing, card: known ? missing.card : null };
    }
    case 'inject': {
      const inject = missing.inject === null ? undefined : index.injects.get(missing.inject);
      const known = inject !== undefined && visibility.mayReadInject(inject);
      return { ...missing, inject: known ? missing.inject : null };
    }
    case 'any':
      return {
        kind: 'any',
        of: missing.of.map((alternative) =>
          alternative.map((part) => disclosed(part, index, visibility, revealed)),
        ),
      };
    default:
      return missing;
  }
}

const handCards = objectCache<ActionCard, HandCard>();

/** A card's face depends on the world only through its use count and what it still waits for. */
function handCard(
  card: ActionCard,
  world: World,
  used: number,
  disclose: (missing: MissingPrerequisite) => MissingPrerequisite,
): HandCard {
  const missing = cardMissingPrerequisites(card, world).map(disclose);
  return handCards(card, `${used}|${JSON.stringify(missing)}`, () =>
    buildHandCard(card, used, missing),
  );
}

function buildHandCard(
  card: ActionCard,
  used: number,
  missing: readonly MissingPrerequisite[],
): HandCard {
  const { odds, prerequisites, onSuccess, onFailure, ...rest } = card;
  const outcome = ({ triggers: _triggers, ...kept }: ActionCard['onSuccess']) => kept;
  const prerequisitesMet = prerequisites === undefined ? null : missing.length === 0;
  return {
    ...rest,
    odds: {
      base: odds.base,
      modifiers: odds.modifiers.map(({ delta, reason }) => ({ delta, reason })),
      range: oddsRange(card),
    },
    prerequisitesMet,
    unavailable: cardUnavailable({ ...card, used, prerequisitesMet: prerequisitesMet !== false }),
    missingPrerequisites: [...missing],
    onSuccess: outcome(onSuccess),
    onFailure: outcome(onFailure),
  };
}

/** The recipient's own team: its secret briefing, all its objectives, its whole hand. */
export function projectOwnTeam(
  index: ScenarioIndex,
  context: ExerciseContext,
  visibility: Visibility,
  roster: readonly RosterEntry[],
): OwnTeamView | null {
  const { recipient } = visibility;
  if (recipient.kind !== 'team') return null;
  const team = index.teams.get(recipient.team);
  if (team === undefined) return null;
  const cards = index.cardsByTeam.get(team.id) ?? [];
  const world = worldOf(context);
  const revealed = revealedCards(context);
  return {
    id: team.id,
    secretBriefing: team.secretBriefing,
    objectives: team.objectives.map(objectiveView),
    cards: cards.map((card) =>
      handCard(card, world, usesSoFar(context, team.id, card.id), (missing) =>
        disclosed(missing, index, visibility, revealed),
      ),
    ),
    uses: Object.fromEntries(cards.map((card) => [card.id, usesSoFar(context, team.id, card.id)])),
    isLead: isLeadOf(recipient, roster),
  };
}

/** Whether the recipient is a seated player who leads its team. */
export function isLeadOf(recipient: Recipient, roster: readonly RosterEntry[]): boolean {
  if (recipient.kind !== 'team') return false;
  const player = roster.find((entry) => entry.id === recipient.player);
  return player?.isLead === true && player.team === recipient.team;
}

const injectViews = objectCache<ExerciseContext['injects'][number], InjectView>();

/** The released injects the recipient may read, with their text, source and cause. */
export function projectInjects(
  index: ScenarioIndex,
  context: ExerciseContext,
  visibility: Visibility,
  ids: ActionIds,
): InjectView[] {
  const views: InjectView[] = [];
  for (const release of context.injects) {
    const card = index.injects.get(release.inject);
    if (card === undefined || !visibility.mayReadInject(card)) continue;
    const cause = visibility.isControl ? release.cause : visibleCause(release.cause, ids);
    // A release never changes: its view depends on the reader and the cause's visible id.
    const variant = `${visibility.isControl ? 'control' : (visibility.team ?? '')}|${
      cause?.kind === 'action' ? cause.action : (cause?.kind ?? 'hidden')
    }`;
    views.push(
      injectViews(release, variant, () => ({
        id: card.id,
        title: card.title,
        date: injectDate(card, index.movesByNumber.get(release.move)),
        kind: card.kind,
        from: card.from,
        audience: card.audience,
        body: card.body,
        source: card.source,
        citation: index.scenario.source,
        alsoCites: card.alsoCites.flatMap(({ source, finding }) => {
          const cited = index.scenario.otherSources.find((other) => other.id === source);
          return cited === undefined ? [] : [{ source: cited, finding }];
        }),
        questions: card.questions.filter(
          (question) =>
            question.team === 'all' || visibility.isControl || question.team === visibility.team,
        ),
        objectives: card.objectives,
        release: { move: release.move, at: release.at, cause, changes: release.changes },
      })),
    );
  }
  return views;
}

/** The ending reached, with the scenario's words for it and its dilemma, if any. */
export function projectEnding(index: ScenarioIndex, context: ExerciseContext): EndingView | null {
  const state = context.ending;
  if (state === null) return null;
  const ending = state.id === null ? undefined : index.endings.get(state.id);
  return {
    state,
    title: ending?.title ?? null,
    text: ending?.text ?? null,
    dilemma: ending?.dilemma ?? null,
  };
}

function formatView(index: ScenarioIndex, context: ExerciseContext): ScenarioView['format'] {
  const id = context.config.format;
  const format = id === undefined ? undefined : index.formats.get(id);
  return format === undefined
    ? null
    : { id: format.id, name: format.name, minutes: format.minutes };
}
