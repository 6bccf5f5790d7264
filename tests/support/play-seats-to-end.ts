import type { ExerciseView } from '@borderline/shared';
import type { OutgoingCommand } from '@borderline/shared/client';
import type { ClientSeat } from './client-seat';

/** What changes with every step of play: a view with the same key has not moved on yet. */
export function progressKey(view: ExerciseView): string {
  const { phase, move, turn } = view.exercise;
  return `${phase}|${move}|${turn.current ?? '-'}|${turn.pending.join(',')}|${view.decisions.length}`;
}

/** The command that moves the exercise on from this view, and the seat that sends it. */
function nextStep(
  view: ExerciseView,
  control: ClientSeat,
  leads: Readonly<Record<string, ClientSeat>>,
): { seat: ClientSeat; command: OutgoingCommand } {
  const { phase } = view.exercise;
  switch (phase) {
    case 'lobby':
      return { seat: control, command: { type: 'facilitator.start' } };
    case 'decisions': {
      const team = view.exercise.turn.current ?? view.exercise.turn.pending[0];
      const lead = team === undefined ? undefined : leads[team];
      if (lead === undefined) throw new Error(`decisions, but no lead for ${team ?? 'no team'}`);
      return {
        seat: lead,
        command: {
          type: 'team.submitDecision',
          decision: { kind: 'hold', rationale: 'We wait for the others.' },
        },
      };
    }
    case 'adjudication':
      return { seat: control, command: { type: 'facilitator.publishAdjudication' } };
    case 'dilemma': {
      const dilemma = view.ending?.dilemma;
      const option = dilemma?.options[0];
      const lead = dilemma === undefined || dilemma === null ? undefined : leads[dilemma.team];
      if (lead === undefined || option === undefined) throw new Error('nobody settles the dilemma');
      return { seat: lead, command: { type: 'team.chooseDilemmaOption', option: option.id } };
    }
    case 'hotwash':
      return { seat: control, command: { type: 'facilitator.closeHotwash' } };
    default:
      return { seat: control, command: { type: 'facilitator.advance' } };
  }
}

/**
 * Plays on to the end through browser connections: Control advances and
 * publishes each adjudication, each team's lead holds, the dilemma's team
 * takes its first option, Control closes the hotwash. Each step waits for
 * Control's view to show it (the answer may come before the broadcast).
 * Returns the final view (Control's) and the number of steps taken.
 */
export async function playSeatsToEnd(
  control: ClientSeat,
  leads: Readonly<Record<string, ClientSeat>>,
  options: { maxSteps?: number; stepTimeoutMs?: number } = {},
): Promise<{ final: ExerciseView; steps: number }> {
  const { maxSteps = 300, stepTimeoutMs = 15_000 } = options;
  for (let steps = 0; steps < maxSteps; steps += 1) {
    const view = control.view;
    if (view.exercise.phase === 'ended') return { final: view, steps };
    const before = progressKey(view);
    const { seat, command } = nextStep(view, control, leads);
    await seat.expectOk(command);
    await control.waitForView((next) => progressKey(next) !== before, stepTimeoutMs);
  }
  throw new Error(`the exercise did not end within ${maxSteps} steps`);
}
