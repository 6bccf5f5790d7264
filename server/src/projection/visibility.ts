import type { InjectCard, Recipient } from '@borderline/shared';
import type { Decision, ExerciseContext } from '../engine';
import { isSimultaneous, type ScenarioIndex } from '../engine';

/**
 * The questions the projection asks about one recipient. Every rule of who
 * sees what is here, so that the rules can be read (and audited) in one page.
 */
export interface Visibility {
  recipient: Recipient;
  /** Control sees everything. */
  isControl: boolean;
  /** The recipient's team, or null for Control and observers. */
  team: string | null;
  /** Whether the recipient may read the whole of a team's things (its secrets, rationales, covert actions). */
  ownsTeam(team: string): boolean;
  mayReadInject(inject: InjectCard): boolean;
  /** Whether the recipient sees a decision at all (whole or in part). */
  maySeeDecision(decision: Decision): boolean;
  /** Whether a move's results are out: its adjudication is published, or the play has ended. */
  isMovePublished(move: number): boolean;
  /** The play is over (hotwash and after): every team's objectives and the scores may be shown to all. */
  isPlayOver: boolean;
}

export function visibilityFor(
  index: ScenarioIndex,
  context: ExerciseContext,
  recipient: Recipient,
): Visibility {
  const isControl = recipient.kind === 'facilitator';
  const team = recipient.kind === 'team' ? recipient.team : null;
  const published = new Set(context.adjudications.map((adjudication) => adjudication.move));
  // An ending (published, or Control's early end) closes the play: nothing is pending any more.
  const isMovePublished = (move: number) => published.has(move) || context.ending !== null;
  const ownsTeam = (owner: string) => isControl || owner === team;
  const position = (of: string) => index.turnOrder.indexOf(of);
  return {
    recipient,
    isControl,
    team,
    ownsTeam,
    isPlayOver: context.scores !== null,
    isMovePublished,
    mayReadInject: (inject) =>
      isControl || inject.audience === 'all' || (team !== null && inject.audience.includes(team)),
    maySeeDecision: (decision) => {
      if (ownsTeam(decision.team) || isMovePublished(decision.move)) return true;
      // Sequential mode: a team sees what the teams before it played this move. Observers
      // wait for the results, since a projector in the room is seen by every team.
      return (
        !isSimultaneous(index, context.config) &&
        team !== null &&
        decision.move === context.move &&
        position(decision.team) < position(team)
      );
    },
  };
}
