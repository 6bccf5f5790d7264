import type { ReactNode } from 'react';
import type { OutgoingCommand } from '@borderline/shared/client';
import { useCommand } from '../exercise/use-command';
import { CommandError } from './command-error';

/**
 * One button that sends one command, with the server's refusal of it just
 * below the button; it waits, disabled, while its command is on the way.
 */
export function CommandButton({
  command,
  children,
  testId,
  className,
  nextAction,
  describedBy,
  disabled = false,
}: {
  command: OutgoingCommand;
  children: ReactNode;
  testId: string;
  className?: string;
  /** The cockpit's mark for the one next action (`data-next-action`). */
  nextAction?: string;
  describedBy?: string;
  disabled?: boolean;
}) {
  const sender = useCommand();
  return (
    <>
      <button
        type="button"
        className={className}
        data-testid={testId}
        data-next-action={nextAction}
        aria-describedby={describedBy}
        disabled={disabled || sender.pending}
        onClick={() => void sender.send(command)}
      >
        {children}
      </button>
      <CommandError error={sender.error} />
    </>
  );
}
