import { decisionProblems, type CheckedCard, type DecisionProblem } from '@borderline/shared';
import type { DecisionInput } from '../events';
import type { ExerciseContext } from '../exercise-context';
import { refuse, type Refusal } from '../refusal';
import { isSimultaneous, type ScenarioIndex } from '../scenario-index';
import { cardMissingPrerequisites } from './prerequisite-world';
import { currentTeam, hasDecided } from './turns';
import { inSameWorld, worldOf, type World } from './world';

/** Whether the team may decide now at all (before looking at what it plays). */
export function validateTurn(
  index: ScenarioIndex,
  context: ExerciseContext,
  team: string,
): Refusal | null {
  if (!index.teams.has(team)) return refuse('unknown-team', `There is no team "${team}".`);
  if (!index.turnOrder.includes(team)) {
    return refuse('not-their-turn', `Team "${team}" is not in this scenario's turn order.`);
  }
  if (hasDecided(context, team)) {
    return refuse('already-decided', `Team "${team}" has already decided in move ${context.move}.`);
  }
  const current = currentTeam(index, context);
  if (!isSimultaneous(index, context.config) && current !== team) {
    return refuse('not-their-turn', `It is ${current ?? 'no team'}'s turn, not ${team}'s.`);
  }
  return null;
}

/** How often the team has played the card in this exercise before the current move. */
export function usesSoFar(context: ExerciseContext, team: string, card: string): number {
  let uses = 0;
  for (const decision of context.decisions) {
    if (decision.team !== team || !inSameWorld(decision.move, context.move)) continue;
    for (const action of decision.actions) if (action.card === card) uses += 1;
  }
  return uses;
}

/** What the shared content checks need to know of a card, from the scenario and the log. */
function checkedCard(
  index: ScenarioIndex,
  context: ExerciseContext,
  world: () => World,
  team: string,
  id: string,
): CheckedCard | undefined {
  const card = index.cards.get(id);
  if (card === undefined) return undefined;
  return {
    ...card,
    used: usesSoFar(context, team, id),
    prerequisitesMet: cardMissingPrerequisites(card, world()).length === 0,
  };
}

/** The engine's refusal for a content problem, in the words the log and the ack carry. */
function refusalOf(problem: DecisionProblem, team: string): Refusal {
  switch (problem.code) {
    case 'no-actions':
      return refuse('no-actions', 'A decision plays at least one action card; to hold, say so.');
    case 'too-many-actions':
      return refuse(
        'too-many-actions',
        `A decision plays at most ${problem.max} action card(s); this one plays ${problem.played}.`,
      );
    case 'unknown-card':
      return refuse('unknown-card', `There is no action card "${problem.card}".`);
    case 'not-their-card':
      return refuse(
        'not-their-card',
        `"${problem.card}" is a card of ${problem.owner}, not of ${team}.`,
      );
    case 'limit-per-move':
      return refuse(
        'limit-per-move',
        `"${problem.card}" may be played ${problem.limit} time(s) per move; this decision plays it ${problem.played} times.`,
      );
    case 'max-uses':
      return refuse(
        'max-uses',
        `"${problem.card}" may be played ${problem.max} time(s) in the exercise and has been played ${problem.used}.`,
      );
    case 'prerequisite-unmet':
      return refuse(
        'prerequisite-unmet',
        `The prerequisites of "${problem.card}" do not hold yet.`,
      );
    case 'max-covert':
      return refuse(
        'max-covert',
        `At most ${problem.max} covert action(s) per move; this decision plays ${problem.played}.`,
      );
    case 'missing-rationale':
      return refuse('missing-rationale', 'A decision needs a rationale.');
    case 'missing-description':
      return refuse('invalid-freeform', 'A free-form action needs a description.');
    case 'missing-reasons':
      return refuse('invalid-freeform', 'A free-form action needs one to three reasons.');
    case 'covert-not-allowed':
      return refuse('max-covert', 'This scenario allows no covert action.');
  }
}

/** Checks a decision against the turn and the scenario's rules; null when it may be recorded. */
export function validateDecision(
  index: ScenarioIndex,
  context: ExerciseContext,
  team: string,
  decision: DecisionInput,
): Refusal | null {
  const turn = validateTurn(index, context, team);
  if (turn !== null) return turn;
  let world: World | undefined;
  const worldNow = () => (world ??= worldOf(context));
  const cardOf = (id: string) => checkedCard(index, context, worldNow, team, id);
  const [first] = decisionProblems(decision, team, cardOf, index.scenario.rules);
  return first === undefined ? null : refusalOf(first, team);
}
