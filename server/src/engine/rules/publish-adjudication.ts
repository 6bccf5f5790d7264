import type { ActionRecord, Decision, ExerciseContext } from '../exercise-context';
import type { ScenarioIndex } from '../scenario-index';

/**
 * Control publishes the reviewed adjudication: the world takes its tracks,
 * the released injects and the outcomes; covert actions whose outcome
 * reveals them become public; an ending that now holds is recorded.
 */
export function publishAdjudication(
  index: ScenarioIndex,
  context: ExerciseContext,
  at: number,
): Partial<ExerciseContext> {
  const review = context.review;
  if (review === null) return {};
  const revealed = new Set(review.results.filter((r) => r.reveals).map((r) => r.id));
  const decisions: Decision[] =
    revealed.size === 0
      ? context.decisions
      : context.decisions.map((decision) =>
          decision.move !== context.move ||
          !decision.actions.some((action) => revealed.has(action.id))
            ? decision
            : {
                ...decision,
                actions: decision.actions.map((action) =>
                  revealed.has(action.id) ? { ...action, revealed: true } : action,
                ),
              },
        );
  const outcomes: ActionRecord[] = [...context.outcomes];
  for (const result of review.results) {
    if (result.card === null) continue;
    if (result.outcome !== 'success' && result.outcome !== 'failure') continue;
    outcomes.push({
      move: result.move,
      team: result.team,
      card: result.card,
      outcome: result.outcome,
    });
  }
  const injects = [
    ...context.injects,
    ...review.injects.map((release) => ({ ...release, move: context.move, at })),
  ];
  const ending = review.ending;
  const dilemma = ending?.id == null ? undefined : index.endings.get(ending.id)?.dilemma;
  const tracks = review.tracksAfter;
  return {
    tracks,
    decisions,
    outcomes,
    injects,
    pendingTriggers: review.deferred,
    adjudications: [...context.adjudications, { ...review, publishedAt: at }],
    review: null,
    trackHistory: [...context.trackHistory, { move: context.move, label: 'after-move', tracks }],
    ending:
      ending === null
        ? context.ending
        : {
            ...ending,
            move: context.move,
            at,
            reason: null,
            dilemma: dilemma ? { team: dilemma.team, option: null, changes: [] } : null,
          },
  };
}
