import { useCallback, useState } from 'react';
import type { AckError } from '@borderline/shared';
import type { OutgoingCommand } from '@borderline/shared/client';
import { sendCommand } from '../connection/connection';

export type CommandFailure = AckError | { code: 'network'; message: string };

export interface CommandSender {
  /** Sends a command; true once the server applied it. */
  send: (command: OutgoingCommand) => Promise<boolean>;
  pending: boolean;
  /** Why the last command was refused; null after a success or `clear`. */
  error: CommandFailure | null;
  clear: () => void;
}

/**
 * Sends commands for one control (a form, a button row) and keeps what the
 * server answered, so the control can show the refusal next to itself.
 */
export function useCommand(): CommandSender {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<CommandFailure | null>(null);
  const send = useCallback(async (command: OutgoingCommand) => {
    setPending(true);
    setError(null);
    try {
      const ack = await sendCommand(command);
      if (!ack.ok) setError(ack.error);
      return ack.ok;
    } catch (failure) {
      setError({
        code: 'network',
        message: failure instanceof Error ? failure.message : String(failure),
      });
      return false;
    } finally {
      setPending(false);
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { send, pending, error, clear };
}
