import type {
  ExerciseView,
  Recipient,
  ReplayStep,
  ReplayTimelineResponse,
} from '@borderline/shared';
import { project } from '../projection';
import { ReplayRefusal, type ExerciseReplay } from './replay-exercise';

/**
 * Who reads a replay: Control (every point of view), or a seated player
 * (or observer), who replays what their own team saw and the public
 * picture, and every team's point of view once Control reveals the teams'
 * secrets. Control's own view (its desk, everybody's reflections) stays
 * Control's.
 */
export type ReplayReader =
  { kind: 'facilitator' } | { kind: 'player'; playerId: string; team: string | null };

export const CONTROL_READER: ReplayReader = { kind: 'facilitator' };

/** The points of view `reader` may replay, its own first. */
export function perspectivesOf(
  replay: ExerciseReplay,
  reader: ReplayReader,
  revealed: boolean,
): string[] {
  const teams = replay.scenario.teams.map((team) => team.id);
  if (reader.kind === 'facilitator') return ['control', ...teams, 'observer'];
  const own = reader.team === null ? [] : [reader.team];
  const others = revealed ? teams.filter((team) => team !== reader.team) : [];
  return [...own, 'observer', ...others];
}

/**
 * The recipient a replayed view of `as` is projected for, if `reader` may
 * see through those eyes; a ReplayRefusal says why not. A player's own team
 * is seen through the player's own seat (so their own reflections show).
 */
export function readerRecipient(
  replay: ExerciseReplay,
  reader: ReplayReader,
  revealed: boolean,
  as: string,
): Recipient {
  const recipient = replay.recipient(as);
  if (reader.kind === 'facilitator') return recipient;
  if (recipient.kind === 'facilitator') {
    throw new ReplayRefusal(
      'facilitator-only',
      'Only Control replays the exercise through Control’s eyes; choose your team or "observer".',
    );
  }
  if (recipient.kind === 'team' && recipient.team === reader.team) {
    return { kind: 'team', team: recipient.team, player: reader.playerId };
  }
  if (recipient.kind === 'team' && !revealed) {
    const own = reader.team === null ? '' : ` your own team ("${reader.team}") or`;
    throw new ReplayRefusal(
      'perspective-hidden',
      `Control has not revealed the other teams' secrets: replay the exercise as${own} "observer".`,
    );
  }
  return recipient;
}

/** A step's words, without what the reader never saw. */
function redacted(step: ReplayStep, seenInjects: ReadonlySet<string>): ReplayStep {
  switch (step.type) {
    case 'facilitator.releaseInject':
      if (step.subject !== null && seenInjects.has(step.subject)) return step;
      return { ...step, subject: null, subjectName: null, label: 'Control released an inject' };
    // An action under review names its team and, with its odds, what it was.
    case 'facilitator.setFreeformOdds':
      return { ...step, subject: null, label: 'Control set a free-form action’s odds' };
    case 'facilitator.vetoFreeform':
    case 'facilitator.overrideOutcome':
      return { ...step, subject: null };
    default:
      return step;
  }
}

/**
 * The timeline as `reader` may read it: every step (what happened when is
 * no secret once the exercise has ended), but a player's names only what
 * their points of view saw: an inject none of them received is "an
 * inject", and a ruling on an action does not name the action unless
 * Control revealed the teams' secrets.
 */
export function readerTimeline(
  replay: ExerciseReplay,
  reader: ReplayReader,
  revealed: boolean,
): ReplayTimelineResponse {
  const perspectives = perspectivesOf(replay, reader, revealed);
  const timeline = { ...replay.timeline(), perspectives, secretsRevealed: revealed };
  if (reader.kind === 'facilitator') return timeline;
  const last = replay.inputAt(replay.lastStep);
  const seenInjects = new Set<string>();
  for (const as of perspectives) {
    const view: ExerciseView = project(last, readerRecipient(replay, reader, revealed, as));
    for (const inject of view.injects) seenInjects.add(inject.id);
  }
  return {
    ...timeline,
    steps: timeline.steps.map((step) =>
      revealed && step.type !== 'facilitator.releaseInject' ? step : redacted(step, seenInjects),
    ),
  };
}

/** The world at `step` through the eyes of `as`, if `reader` may see through them. */
export function readerView(
  replay: ExerciseReplay,
  reader: ReplayReader,
  revealed: boolean,
  step: number,
  as: string,
): ExerciseView {
  const recipient = readerRecipient(replay, reader, revealed, as);
  return project(replay.inputAt(step), recipient);
}
