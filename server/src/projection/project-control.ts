import type {
  ChatMessage,
  ControlLogEntry,
  ControlView,
  InjectCard,
  ParticipationCounts,
  RosterEntry,
} from '@borderline/shared';
import {
  formatOf,
  playedMoves,
  type ExerciseContext,
  type ExerciseLogEntry,
  type ScenarioIndex,
} from '../engine';
import { controlNextStep } from './control-next-step';
import { objectCache } from './memo';
import type { ProjectionInput } from './projection-input';

const logEntries = objectCache<ExerciseLogEntry, ControlLogEntry>();
const deckEntries = objectCache<InjectCard, ControlView['injectDeck'][number]>();

/** A stored entry never changes, so its view is built once. */
function logEntry(entry: ExerciseLogEntry): ControlLogEntry {
  return logEntries(entry, '', () => ({ ...entry, event: { ...entry.event } }));
}

/**
 * What can be counted from the projection's own input: chat messages and
 * reflections. Drafts and decisions are known only to the service, which
 * passes its own counts when it has them.
 */
export function countParticipation(
  roster: readonly RosterEntry[],
  chat: readonly ChatMessage[],
  context: ExerciseContext,
): Record<string, ParticipationCounts> {
  const counts: Record<string, ParticipationCounts> = {};
  const of = (player: string) =>
    (counts[player] ??= { messages: 0, drafts: 0, decisions: 0, reflections: 0 });
  for (const entry of roster) if (entry.kind !== 'projector') of(entry.id);
  for (const message of chat)
    if (message.sender !== 'facilitator') of(message.sender).messages += 1;
  for (const reflection of context.reflections) of(reflection.player).reflections += 1;
  return counts;
}

/** The scheduled cards the format leaves out or schedules after its last move. */
function offFormatInjects(index: ScenarioIndex, context: ExerciseContext): string[] {
  const omitted = new Set(formatOf(index, context.config).omitInjects);
  const lastMove = Math.max(...playedMoves(index, context.config));
  return index.scenario.injects
    .filter(
      (inject) =>
        inject.release.type === 'scheduled' &&
        (omitted.has(inject.id) || inject.release.move > lastMove),
    )
    .map((inject) => inject.id);
}

/** Control's desk: the whole scenario, the review in progress, the log and who takes part. */
export function projectControl(index: ScenarioIndex, input: ProjectionInput): ControlView {
  const { context, scenario } = input;
  const released = new Set(context.injects.map((release) => release.inject));
  return {
    teams: scenario.teams,
    cards: scenario.actions,
    injectDeck: scenario.injects.map((inject) => {
      const isReleased = released.has(inject.id);
      return deckEntries(inject, String(isReleased), () => ({ ...inject, released: isReleased }));
    }),
    offFormatInjects: offFormatInjects(index, context),
    endings: scenario.endings,
    dynamics: scenario.dynamics.map(({ id, text }) => ({ id, text })),
    review: context.review,
    pendingTriggers: context.pendingTriggers,
    overrides: context.overrides,
    log: input.log.map(logEntry),
    open: input.controlOpen,
    nextStep: controlNextStep(index, context, input.tags, input.controlOpen),
    participation: input.participation ?? countParticipation(input.roster, input.chat, context),
    projectors: input.roster
      .filter((entry) => entry.kind === 'projector')
      .map(({ id, connected }) => ({ id, connected })),
    rubrics: scenario.rubrics,
    ratings: (input.ratings ?? []).map((rating) => ({ ...rating })),
  };
}
