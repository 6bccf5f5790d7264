import type {
  ChatMessage,
  DecisionDraft,
  Recipient,
  RosterEntry,
  Scenario,
  LogSender,
} from '@borderline/shared';
import { scenarioChannels } from '@borderline/shared';
import { chooseDilemmaOption, decideForTeam } from '../../../server/src/bots';
import {
  acceptedIn,
  createExercise,
  currentTeam,
  indexScenario,
  pendingTeams,
  type DecisionInput,
  type Exercise,
  type ExerciseEvent,
  type ExerciseLogEntry,
} from '../../../server/src/engine';
import type { ProjectionInput } from '../../../server/src/projection';

/**
 * Plays one whole exercise with bots in every seat, as Control would run it,
 * and hands every intermediate state to a callback. Every secret carries a
 * marker (rationales, drafts, chat, narrative written in review, reflections)
 * so that a test can look for it in any payload.
 */
export const marker = {
  rationale: (team: string) => `RATIONALE<${team}>`,
  statement: (team: string, move: number) => `STATEMENT<${team},${move}>`,
  draft: (team: string) => `DRAFT<${team}>`,
  chat: (channel: string) => `CHAT<${channel}>`,
  freeform: (team: string) => `FREEFORM<${team}>`,
  reviewNarrative: (move: number) => `NARRATIVE-IN-REVIEW<${move}>`,
  reflection: (player: string) => `REFLECTION<${player}>`,
};

export interface GameStep {
  exercise: Exercise;
  input: ProjectionInput;
  /** The event just applied (null before the first). */
  event: ExerciseEvent | null;
}

export function playerOf(team: string): string {
  return `p-${team}`;
}

export const OBSERVER = 'p-observer';

export function recipientsOf(scenario: Scenario): Recipient[] {
  return [
    { kind: 'facilitator' },
    ...scenario.teams.map((team) => ({
      kind: 'team' as const,
      team: team.id,
      player: playerOf(team.id),
    })),
    { kind: 'observer', player: OBSERVER },
    { kind: 'observer', player: null },
  ];
}

function rosterOf(scenario: Scenario): RosterEntry[] {
  const players = scenario.teams.map((team) => ({
    id: playerOf(team.id),
    name: `Lead of ${team.id}`,
    team: team.id,
    isLead: true,
    isBot: false,
    connected: true,
  }));
  const observer = {
    id: OBSERVER,
    name: 'Evaluator',
    team: null,
    isLead: false,
    isBot: false,
    connected: true,
  };
  return [...players, observer];
}

/** A decision whose rationale, statement and any free-form text carry markers. */
function markedDecision(scenario: Scenario, exercise: Exercise, team: string): DecisionInput {
  const { move } = exercise.context;
  const rationale = `${marker.rationale(team)} ${move}`;
  const statement = marker.statement(team, move);
  const freeform = (visibility: 'public' | 'covert'): DecisionInput => ({
    kind: 'freeform',
    description: `${marker.freeform(team)} ${visibility} move ${move}`,
    reasons: ['It might work'],
    visibility,
    rationale,
    statement,
  });
  if (move === 2 && team === 'mexico-city') return freeform('covert');
  if (move === 3 && team === 'washington') return freeform('public');
  const bot = decideForTeam(scenario, exercise.context, team, 'hawkish');
  return { ...bot, rationale, statement };
}

/** The teams' leads send their teams' events, players their reflections, Control the rest. */
function senderOf(event: ExerciseEvent): LogSender {
  if (event.type === 'team.submitDecision' || event.type === 'team.chooseDilemmaOption')
    return { kind: 'player', playerId: playerOf(event.team) };
  if (event.type === 'player.submitReflection') return { kind: 'player', playerId: event.player };
  if (event.type === 'clock.deadlineReached') return { kind: 'clock' };
  return { kind: 'facilitator' };
}

export function playRecordedGame(
  scenario: Scenario,
  seed: number,
  onStep: (step: GameStep) => void,
): Exercise {
  const index = indexScenario(scenario);
  const exercise = createExercise(scenario, { seed });
  const roster = rosterOf(scenario);
  const chat: ChatMessage[] = [];
  const drafts: Record<string, DecisionDraft> = {};
  let at = 1_767_225_600_000;
  let lastPhase = '';
  const log: ExerciseLogEntry[] = [];

  const postToEveryChannel = () => {
    const { move, phase } = exercise.context;
    for (const channel of scenarioChannels(scenario)) {
      const sender =
        channel.members[0] === undefined ? 'facilitator' : playerOf(channel.members[0]);
      chat.push({
        id: `msg-${chat.length}`,
        channel: channel.key,
        sender,
        senderName: sender,
        text: `${marker.chat(channel.key)} ${move}/${phase}`,
        at,
        move,
        phase,
      });
    }
  };
  const step = (event: ExerciseEvent | null) => {
    const { context } = exercise;
    if (context.phase !== lastPhase) postToEveryChannel();
    lastPhase = context.phase;
    for (const team of scenario.teams) {
      const draft = { kind: 'hold' as const, rationale: marker.draft(team.id) };
      drafts[team.id] = {
        team: team.id,
        move: context.move,
        playerId: playerOf(team.id),
        at,
        draft,
      };
    }
    const tags = exercise.tags;
    const input: ProjectionInput = {
      exerciseId: 'ex-test-1',
      scenario,
      context,
      tags,
      controlOpen: exercise.controlOpen,
      log: [...log],
      roster,
      chat: [...chat],
      drafts: { ...drafts },
      now: at,
    };
    onStep({ exercise, input, event });
  };
  const send = (event: ExerciseEvent) => {
    const accepted = acceptedIn(exercise);
    const result = exercise.send(event);
    if (!result.ok) throw new Error(`${event.type} refused: ${result.code}: ${result.message}`);
    log.push({ seq: log.length + 1, at: event.at, ...accepted, sender: senderOf(event), event });
    step(event);
  };

  step(null);
  send({ type: 'facilitator.start', at });
  const narrated = new Set<number>();
  for (let steps = 0; !exercise.isEnded; steps += 1) {
    if (steps > 1000) throw new Error('The recorded exercise did not end.');
    at += 60_000;
    const { context } = exercise;
    switch (context.phase) {
      case 'injects':
        if (context.move === 1 && !context.injects.some((r) => r.inject === 'overdose-figures')) {
          send({ type: 'facilitator.releaseInject', inject: 'overdose-figures', at });
        } else {
          send({ type: 'facilitator.advance', at });
        }
        break;
      case 'decisions': {
        const team = currentTeam(index, context);
        for (const next of team === null ? pendingTeams(index, context) : [team]) {
          send({
            type: 'team.submitDecision',
            team: next,
            decision: markedDecision(scenario, exercise, next),
            at,
          });
        }
        break;
      }
      case 'adjudication': {
        const pending = context.review?.results.find((result) => result.outcome === 'pending');
        if (pending !== undefined) {
          send({
            type: 'facilitator.setFreeformOdds',
            action: pending.id,
            odds: 60,
            reason: 'Plausible.',
            at,
          });
        } else if (!narrated.has(context.move)) {
          narrated.add(context.move);
          send({
            type: 'facilitator.addNarrative',
            text: marker.reviewNarrative(context.move),
            at,
          });
        } else {
          send({ type: 'facilitator.publishAdjudication', at });
        }
        break;
      }
      case 'dilemma': {
        const team = context.ending?.dilemma?.team ?? '';
        const option = chooseDilemmaOption(scenario, context, team, 'balanced') ?? '';
        send({ type: 'team.chooseDilemmaOption', team, option, at });
        break;
      }
      case 'hotwash': {
        const written = new Set(context.reflections.map((reflection) => reflection.player));
        const author = roster.find((entry) => !written.has(entry.id));
        if (author === undefined) {
          send({ type: 'facilitator.closeHotwash', at });
        } else {
          const answers = { takeaway: marker.reflection(author.id) };
          const team = author.team ?? undefined;
          send({ type: 'player.submitReflection', player: author.id, team, answers, at });
        }
        break;
      }
      default:
        send({ type: 'facilitator.advance', at });
    }
  }
  return exercise;
}
