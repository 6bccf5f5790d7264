import {
  channelsReadBy,
  mayReadChannel,
  mayWriteChannel,
  type ExerciseMeta,
  type ExerciseView,
  type PersonalView,
  type Recipient,
  type RosterEntry,
  type SeatKind,
  type TimerView,
} from '@borderline/shared';
import {
  currentTeam,
  formatHasPractice,
  indexScenario,
  isSimultaneous,
  pendingTeams,
  teamTurnState,
  playedMoves,
  type ScenarioIndex,
} from '../engine';
import { projectAdjudication } from './project-adjudications';
import { projectControl } from './project-control';
import { projectDebrief } from './project-debrief';
import { projectDecisions, visibleActionIds } from './project-decisions';
import { projectKnowledgeCheck, projectOwnKnowledgeCheck } from './project-knowledge-check';
import { projectTrackMarks } from './project-track-marks';
import {
  isLeadOf,
  projectEnding,
  projectInjects,
  projectOwnTeam,
  projectScenario,
  revealedCards,
} from './project-scenario';
import type { ProjectionInput } from './projection-input';
import { visibilityFor, type Visibility } from './visibility';

/**
 * What one recipient may see of an exercise: the single place where secrets
 * are cut out before anything is sent (boardgame.io's filter-player-view).
 * Pure: the same input and recipient give the same view; it reads no clock
 * (the service passes `now`) and changes nothing it is given.
 *
 * - Control sees everything, and its desk (`control`).
 * - Public to all: the tracks, the narrative (once the move's results are out
 *   when written during review), injects for all, public actions and
 *   statements, published results, the roster, broadcasts.
 * - A team also sees its own secrets (briefing, objectives, covert cards,
 *   rationales, drafts, chat rooms), injects addressed to it, and, in
 *   sequential mode, what the teams before it played this move.
 * - Another team's covert action stays invisible (no card, no id, no trace
 *   that it exists) until an outcome reveals it.
 * - Thresholds marked on the gauges: a team its own objectives' and the
 *   public endings'; observers the public endings'; Control all.
 * - Observers see the public picture only.
 * - Once the play is over (hotwash), all teams' objectives and the scores
 *   are shown to all: the debrief compares them. Secret briefings, rationales
 *   and unrevealed covert actions stay with their team.
 * - The debrief's questions (the scenario's guide, then the released cards')
 *   once the play is over: the guide's facilitator notes are Control's only.
 */
export function project(input: ProjectionInput, recipient: Recipient): ExerciseView {
  const { context, scenario } = input;
  const index = indexScenario(scenario);
  const visibility = visibilityFor(index, context, recipient);
  const ids = visibleActionIds(context, visibility);
  const injects = projectInjects(index, context, visibility, ids);
  return {
    recipient,
    exercise: projectMeta(index, input, visibility),
    scenario: projectScenario(index, context, visibility),
    tracks: {
      current: context.tracks,
      history: context.trackHistory,
      marks: projectTrackMarks(index, visibility),
    },
    injects,
    decisions: projectDecisions(context, visibility, ids),
    adjudications: context.adjudications.map((adjudication) =>
      projectAdjudication(index, adjudication, visibility, ids),
    ),
    narrative: context.narrative.filter(
      // Control may write the narrative while reviewing: it waits for the results.
      (entry) =>
        visibility.isControl ||
        entry.phase !== 'adjudication' ||
        visibility.isMovePublished(entry.move),
    ),
    // The room's projector is a screen, not a person: Control sees it apart (control.projectors).
    roster: input.roster.filter((entry) => entry.kind !== 'projector'),
    seats: input.seats ?? seatsFromRoster(index, input.roster),
    channels: channelsReadBy(scenario, recipient).map((channel) => ({
      ...channel,
      canWrite: mayWriteChannel(scenario, recipient, channel.key),
    })),
    chat: input.chat.filter((message) => mayReadChannel(scenario, recipient, message.channel)),
    team: projectOwnTeam(index, context, visibility, input.roster),
    drafts: Object.values(input.drafts).filter((draft) => visibility.ownsTeam(draft.team)),
    ending: projectEnding(index, context),
    scores: context.scores,
    reflections: ownReflections(input, visibility),
    debrief: projectDebrief(index, context, visibility, injects, revealedCards(context)),
    knowledgeCheck: projectKnowledgeCheck(index, context, input.tags, visibility),
    ownKnowledgeCheck: projectOwnKnowledgeCheck(index, context, visibility),
    control: visibility.isControl ? projectControl(index, input) : null,
  };
}

/**
 * The recipient's own part of its view (who it is, whether it leads, its
 * reflections): the same as in `project`, without projecting the rest.
 */
export function projectPersonal(input: ProjectionInput, recipient: Recipient): PersonalView {
  const index = indexScenario(input.scenario);
  const visibility = visibilityFor(index, input.context, recipient);
  return {
    recipient,
    isLead: isLeadOf(recipient, input.roster),
    reflections: ownReflections(input, visibility),
    ownKnowledgeCheck: projectOwnKnowledgeCheck(index, input.context, visibility),
  };
}

function ownReflections(input: ProjectionInput, visibility: Visibility) {
  const { recipient } = visibility;
  return input.context.reflections.filter(
    (reflection) =>
      visibility.isControl ||
      (recipient.kind !== 'facilitator' && recipient.player === reflection.player),
  );
}

function projectMeta(
  index: ScenarioIndex,
  input: ProjectionInput,
  visibility: Visibility,
): ExerciseMeta {
  const { context, scenario, tags } = input;
  const ended = tags.includes('ended');
  const reportShared = input.reportShared ?? false;
  return {
    id: input.exerciseId,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    title: scenario.title,
    phase: context.phase,
    move: context.move,
    practice: index.hasPractice && context.move === 0,
    playedMoves: playedMoves(index, context.config),
    // A fork's lobby resumes at its move: there is no practice move ahead to skip.
    practiceSkippable: formatHasPractice(index, context.config) && !tags.includes('fork-lobby'),
    paused: tags.includes('paused'),
    ended,
    locked: input.lobbyLocked ?? false,
    debriefStage: context.debriefStage,
    reportShared,
    // The report routes' rule (server/src/transport/report-routes.ts), for the screens' links.
    reportReadable: ended && (visibility.isControl || reportShared),
    tags: [...tags],
    timer: projectTimer(context.timer, input.now),
    turn: {
      mode: isSimultaneous(index, context.config) ? 'simultaneous' : 'sequential',
      order: index.turnOrder,
      current: currentTeam(index, context),
      pending: pendingTeams(index, context),
      teams: index.turnOrder.map((team) => ({ team, state: teamTurnState(index, context, team) })),
    },
    config: context.config,
    serverTime: input.now ?? null,
  };
}

function projectTimer(
  timer: ProjectionInput['context']['timer'],
  now: number | undefined,
): TimerView | null {
  if (timer === null) return null;
  if (timer.status === 'paused') {
    return {
      status: 'paused',
      deadline: null,
      remainingMs: timer.remainingMs,
      durationMs: timer.durationMs,
    };
  }
  const remainingMs = now === undefined ? null : Math.max(0, timer.deadline - now);
  return { status: 'running', deadline: timer.deadline, remainingMs, durationMs: timer.durationMs };
}

/** A seat is a bot's if a bot sits there, people's if anyone does, else empty. */
function seatsFromRoster(
  index: ScenarioIndex,
  roster: readonly RosterEntry[],
): Record<string, SeatKind> {
  const seats: Record<string, SeatKind> = {};
  for (const team of index.scenario.teams) {
    const seated = roster.filter((entry) => entry.team === team.id);
    seats[team.id] = seated.some((entry) => entry.isBot)
      ? 'bot'
      : seated.length > 0
        ? 'human'
        : 'empty';
  }
  return seats;
}
