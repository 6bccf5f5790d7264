import { fireEvent, screen } from '@testing-library/react';
import type { Ack, CommandReceipt, ControlView, ExerciseView } from '@borderline/shared';
import type { OutgoingCommand } from '@borderline/shared/client';
import { initI18n } from '../../../../client/src/i18n/init-i18n';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { NOTHING_OPEN } from '../../projection/synthetic-state';

export { NOTHING_OPEN };

/** What the mocked `sendCommand` answers: applied. */
export const applied: Ack<CommandReceipt> = {
  ok: true,
  data: { commandId: 'cmd-test-0001', duplicate: false },
};

/** A refusal as the server words it. */
export const refused = (message: string): Ack<CommandReceipt> => ({
  ok: false,
  error: { code: 'refused', message },
});

export function startDomTests(): void {
  chooseLanguage('en');
  initI18n();
}

/** The commands a mocked `sendCommand` received, in order. */
export function sentCommands(calls: unknown[][]): OutgoingCommand[] {
  return calls.map((call) => call[0] as OutgoingCommand);
}

/** A view as the facilitator would have it while paused (the machine's only tag then). */
export function paused(view: ExerciseView): ExerciseView {
  const timer =
    view.exercise.timer === null
      ? null
      : { ...view.exercise.timer, status: 'paused' as const, deadline: null };
  const desk = controlOf(view);
  return {
    ...view,
    exercise: { ...view.exercise, paused: true, tags: ['paused'], timer },
    // What the machine takes while paused: a narrative and ending early, nothing that moves on.
    control: {
      ...desk,
      open: { ...NOTHING_OPEN, addNarrative: true, endEarly: true },
      nextStep: { kind: 'blocked', why: 'paused', team: null },
    },
  };
}

/** The view with Control's desk changed as the projection would have it in another state. */
export function withDesk(view: ExerciseView, desk: Partial<ControlView>): ExerciseView {
  return { ...view, control: { ...controlOf(view), ...desk } };
}

/** The value, or a failed test saying what was missing (instead of a non-null assertion). */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}`);
  return value;
}

/** Control's desk of a facilitator's view. */
export function controlOf(view: ExerciseView): ControlView {
  return must(view.control, "Control's desk in the view");
}

/** Opens one of the console's tabs (their panels stay mounted but hidden until chosen). */
export function openTab(id: string): void {
  fireEvent.click(screen.getByTestId(`tab-${id}`));
}
