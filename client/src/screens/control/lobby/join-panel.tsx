import { useTranslation } from 'react-i18next';
import { useJoinCode } from './use-join-code';
import { useQrCode } from '../../../components/use-qr-code';
import { useRefusalText } from '../../../components/use-refusal-text';

/**
 * How players get in: the join code in large type (read aloud or copied
 * from the shared screen), the link, its QR code, and the projector view
 * to open in a tab of its own.
 */
export function JoinPanel({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation();
  const why = useRefusalText();
  const { state, retry } = useJoinCode(exerciseId);
  const joinUrl = state.status === 'ready' ? `${location.origin}/join/${state.code}` : null;
  const qr = useQrCode(joinUrl);

  return (
    <section className="panel control-join" aria-labelledby="control-join-title">
      <h2 id="control-join-title">{t('control.join.title')}</h2>
      {state.status === 'loading' && <p role="status">{t('control.join.loading')}</p>}
      {state.status === 'failed' && (
        <div role="alert">
          <p className="command-error">{t('control.join.failed', { message: why(state.cause) })}</p>
          <button type="button" className="secondary" onClick={retry}>
            {t('control.join.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && joinUrl !== null && (
        <div className="control-join-body">
          <div>
            <p className="control-join-label">{t('control.join.code')}</p>
            <p className="control-join-code" data-testid="join-code">
              {state.code}
            </p>
            <p className="control-join-label">{t('control.join.link')}</p>
            <p>
              <a href={joinUrl} data-testid="join-link" className="control-join-link">
                {joinUrl}
              </a>
            </p>
          </div>
          {qr === null ? (
            <p role="status" className="control-join-qr-wait">
              {t('control.join.drawingQr')}
            </p>
          ) : (
            <img
              className="control-join-qr"
              data-testid="join-qr"
              src={qr}
              alt={t('control.join.qrAlt', { url: joinUrl })}
            />
          )}
        </div>
      )}
      <p>
        <a
          href={`/screen/${encodeURIComponent(exerciseId)}`}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="projector-link"
        >
          {t('control.join.projector')}
          <span className="visually-hidden"> {t('control.join.newTab')}</span>
        </a>
      </p>
      <p className="control-hint">{t('control.join.projectorHint')}</p>
    </section>
  );
}
