import { useState } from 'react';

/**
 * A control bound to a value the server owns (a checkbox, a select) shows
 * what Control just chose until the server's next view says otherwise, so
 * that it does not jump back while the command travels. A refusal drops the
 * proposal (`withdraw`); any change of the server's value wins over it.
 */
export function useProposedValue<T>(server: T): {
  shown: T;
  propose: (value: T) => void;
  withdraw: () => void;
} {
  const [proposal, setProposal] = useState<{ value: T; base: T } | null>(null);
  // The server moved on since the proposal: its value wins (state adjusted while rendering).
  if (proposal !== null && !Object.is(proposal.base, server)) setProposal(null);
  const current = proposal !== null && Object.is(proposal.base, server) ? proposal : null;
  return {
    shown: current === null ? server : current.value,
    propose: (value) => setProposal({ value, base: server }),
    withdraw: () => setProposal(null),
  };
}
