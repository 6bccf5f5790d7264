import { useState } from 'react';
import { setReportSharingOverHttp } from '@borderline/shared/http-client';
import { useExerciseStore } from '../../state/exercise-store';
import { seatKey } from '../../state/session-slice';

/**
 * Control's switch for the players' access to the report, from the hotwash:
 * the same server switch as the report page's (the view then says
 * `reportShared`, live, to every screen). Null without the facilitator key.
 */
export function useReportSharing(exerciseId: string): {
  share: (shared: boolean) => void;
  busy: boolean;
  error: string | null;
} | null {
  const key = useExerciseStore((state) => {
    const seat = state.session.saved[seatKey(exerciseId, 'facilitator')];
    return seat?.role === 'facilitator' ? seat.key : null;
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (key === null) return null;
  const share = (shared: boolean) => {
    setBusy(true);
    setError(null);
    setReportSharingOverHttp('', exerciseId, key, shared)
      .catch((failure: unknown) =>
        setError(failure instanceof Error ? failure.message : String(failure)),
      )
      .finally(() => setBusy(false));
  };
  return { share, busy, error };
}
