import { useEffect, useState } from 'react';
import { exerciseSummaryOverHttp } from '@borderline/shared/http-client';

/**
 * The exercise's join code, for the projector's lobby, when this browser
 * holds the facilitator key (observers' views do not carry it). Asked for
 * only while `wanted`; null otherwise, until known, or if it cannot be had.
 */
export function useJoinCode(
  exerciseId: string,
  key: string | null,
  wanted: boolean,
): string | null {
  const [known, setKnown] = useState<{ exerciseId: string; code: string } | null>(null);
  const ask = wanted && key !== null && known?.exerciseId !== exerciseId;
  useEffect(() => {
    if (!ask || key === null) return;
    let current = true;
    exerciseSummaryOverHttp('', exerciseId, key).then(
      (summary) => {
        if (current) setKnown({ exerciseId, code: summary.joinCode });
      },
      () => {
        // Without the code the lobby screen says to ask Control for it.
      },
    );
    return () => {
      current = false;
    };
  }, [ask, exerciseId, key]);
  return known?.exerciseId === exerciseId ? known.code : null;
}
