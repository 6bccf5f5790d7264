import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setReplaySecretsOverHttp } from '@borderline/shared/http-client';
import { useRefusalText } from '../../components/use-refusal-text';

/**
 * Control's setting after the end: whether the players may replay every
 * team's point of view (its briefing, objectives, covert actions,
 * rationales and chat) or only their own and the public one. The server
 * keeps it and enforces it; Control's own view stays Control's either way.
 */
export function SecretsPanel({
  exerciseId,
  facilitatorKey,
  revealed: initially,
}: {
  exerciseId: string;
  facilitatorKey: string;
  /** As the timeline said when the page loaded. */
  revealed: boolean;
}) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(initially);
  const why = useRefusalText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const change = (wanted: boolean) => {
    setBusy(true);
    setError(null);
    setReplaySecretsOverHttp('', exerciseId, facilitatorKey, wanted)
      .then((answer) => setRevealed(answer.revealed))
      .catch((failure: unknown) => setError(why(failure)))
      .finally(() => setBusy(false));
  };

  return (
    <section className="panel replay-secrets" aria-labelledby="replay-secrets-title">
      <h2 id="replay-secrets-title">{t('replay.secrets.title')}</h2>
      <p>
        <input
          type="checkbox"
          id="replay-secrets-revealed"
          checked={revealed}
          disabled={busy}
          onChange={(event) => change(event.target.checked)}
          aria-describedby="replay-secrets-hint"
          data-testid="replay-secrets"
        />{' '}
        <label htmlFor="replay-secrets-revealed">{t('replay.secrets.reveal')}</label>
      </p>
      <p id="replay-secrets-hint" className="replay-hint">
        {revealed ? t('replay.secrets.revealedHint') : t('replay.secrets.hiddenHint')}
      </p>
      {error !== null && <p role="alert">{t('replay.secrets.failed', { message: error })}</p>}
    </section>
  );
}
