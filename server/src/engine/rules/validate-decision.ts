import { decisionProblems, type CheckedCard, type DecisionProblem } from '@borderline/shared';
import type { DecisionInput } from '../events';
import type { ExerciseContext } from '../exercise-context';
import { cardName, teamName } from '../english-names';
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
  const name = teamName(index, team);
  if (!index.turnOrder.includes(team)) {
    return refuse('not-their-turn', `${name} is not in this scenario's turn order.`, { team });
  }
  if (hasDecided(context, team)) {
    return refuse('already-decided', `${name} has already decided in move ${context.move}.`, {
      team,
      move: context.move,
    });
  }
  const current = currentTeam(index, context);
  if (!isSimultaneous(index, context.config) && current !== team) {
    return current === null
      ? refuse('not-their-turn', `It is no team's turn, not ${name}'s.`, { team })
      : refuse('not-their-turn', `It is ${teamName(index, current)}'s turn, not ${name}'s.`, {
          team,
          current,
        });
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

const times = (count: number) => (count === 1 ? 'once' : `${count} times`);

/** The engine's refusal for a content problem, in the words the log and the ack carry. */
function refusalOf(index: ScenarioIndex, problem: DecisionProblem, team: string): Refusal {
  const card = (id: string) => cardName(index, id);
  switch (problem.code) {
    case 'no-actions':
      return refuse('no-actions', 'A decision plays at least one action card; to hold, say so.');
    case 'too-many-actions':
      return refuse(
        'too-many-actions',
        `A decision plays at most ${problem.max} action ${problem.max === 1 ? 'card' : 'cards'}; this one plays ${problem.played}.`,
        { limit: problem.max, given: problem.played },
      );
    case 'unknown-card':
      return refuse('unknown-card', `There is no action card "${problem.card}".`, {
        card: problem.card,
      });
    case 'not-their-card':
      return refuse(
        'not-their-card',
        `${card(problem.card)} is a card of ${teamName(index, problem.owner)}, not of ${teamName(index, team)}.`,
        { card: problem.card, owner: problem.owner, team },
      );
    case 'limit-per-move':
      return refuse(
        'limit-per-move',
        `${card(problem.card)} may be played ${times(problem.limit)} per move; this decision plays it ${times(problem.played)}.`,
        { card: problem.card, limit: problem.limit, given: problem.played },
      );
    case 'max-uses':
      return refuse(
        'max-uses',
        `${card(problem.card)} may be played ${times(problem.max)} in the exercise and has been played ${times(problem.used)}.`,
        { card: problem.card, limit: problem.max, used: problem.used },
      );
    case 'prerequisite-unmet':
      return refuse(
        'prerequisite-unmet',
        `The prerequisites of ${card(problem.card)} do not hold yet.`,
        {
          card: problem.card,
        },
      );
    case 'max-covert':
      return refuse(
        'max-covert',
        `At most ${problem.max} covert ${problem.max === 1 ? 'action' : 'actions'} per move; this decision plays ${problem.played}.`,
        { limit: problem.max, given: problem.played },
      );
    case 'missing-rationale':
      return refuse('missing-rationale', 'A decision needs a rationale.');
    case 'missing-description':
      return refuse('invalid-freeform', 'A free-form action needs a description.');
    case 'missing-reasons':
      return refuse('invalid-freeform', 'A free-form action needs one to three reasons.');
    case 'covert-not-allowed':
      return refuse('max-covert', 'This scenario allows no covert action.', { limit: 0, given: 1 });
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
  return first === undefined ? null : refusalOf(index, first, team);
}
