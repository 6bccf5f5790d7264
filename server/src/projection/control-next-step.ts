import type { ControlNextStep, ControlOpen, ExerciseTag } from '@borderline/shared';
import { afterResults, currentTeam, playedMoves, type ScenarioIndex } from '../engine';
import type { ExerciseContext } from '../engine';

/** Why the primary button waits, when the machine does not take `facilitator.advance`. */
function blocked(
  index: ScenarioIndex,
  context: ExerciseContext,
  tags: readonly ExerciseTag[],
): ControlNextStep {
  if (tags.includes('paused')) return { kind: 'blocked', why: 'paused', team: null };
  switch (context.phase) {
    case 'decisions':
      return { kind: 'blocked', why: 'decisions', team: currentTeam(index, context) };
    case 'adjudication':
      return { kind: 'blocked', why: 'review', team: null };
    case 'dilemma':
      return { kind: 'blocked', why: 'dilemma', team: context.ending?.dilemma?.team ?? null };
    default:
      return { kind: 'blocked', why: 'not-in-play', team: null };
  }
}

/**
 * What Control's primary button does now: publish a complete review, or
 * advance. Whether it is open at all is the machine's answer (`open.publish`,
 * `open.advance`); where advancing leads follows the rule the
 * machine's own guards read (`afterResults`). A graph test holds the two
 * together in every reachable state.
 */
export function controlNextStep(
  index: ScenarioIndex,
  context: ExerciseContext,
  tags: readonly ExerciseTag[],
  open: ControlOpen,
): ControlNextStep {
  if (open.publish) return { kind: 'publish-results', move: context.move };
  if (!open.advance) return blocked(index, context, tags);
  const { timing } = context.config;
  switch (context.phase) {
    case 'briefing': {
      const move = playedMoves(index, context.config)[0] ?? 0;
      return { kind: 'open-first-move', move, practice: move === 0 };
    }
    case 'injects':
      return { kind: 'open-deliberation', minutes: timing.deliberationMinutes };
    case 'deliberation':
      return { kind: 'open-decisions', minutes: timing.decisionMinutes };
    case 'results': {
      const next = afterResults(index, context);
      if (next.kind === 'dilemma') return { kind: 'open-dilemma', team: next.team };
      if (next.kind === 'hotwash') return { kind: 'open-hotwash' };
      return { kind: 'open-next-move', move: next.move, afterPractice: context.move === 0 };
    }
    default:
      return blocked(index, context, tags);
  }
}
