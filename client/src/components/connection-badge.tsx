import type { LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import type { ConnectionStatus } from '../state/connection-slice';
import { useExerciseStore } from '../state/exercise-store';
import { connectionRefusalText } from './refusal-words';
import { AbsentIcon, ConnectedIcon, ConnectingIcon, Glyph, OfflineIcon, VetoedIcon } from './icons';

/** A shape per state besides the colour, so that the state never rests on colour alone. */
const SYMBOLS: Record<ConnectionStatus, LucideIcon> = {
  idle: AbsentIcon,
  connecting: ConnectingIcon,
  connected: ConnectedIcon,
  reconnecting: ConnectingIcon,
  offline: OfflineIcon,
  refused: VetoedIcon,
};

/** Refusals the page can word itself; any other shows the server's message. */
const LOCAL_REASONS = ['seat-removed', 'exercise-deleted'] as const;
type LocalReason = (typeof LOCAL_REASONS)[number];
const isLocalReason = (code: string): code is LocalReason =>
  (LOCAL_REASONS as readonly string[]).includes(code);

/**
 * The connection's state in words, on every screen that has a socket. A
 * polite live region: a screen reader says the change without interrupting.
 */
export function ConnectionBadge() {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = useExerciseStore((state) => state.connection.status);
  const error = useExerciseStore((state) => state.connection.error);
  const lastConnectedAt = useExerciseStore((state) => state.connection.lastConnectedAt);

  let text: string;
  if (status !== 'refused') text = t(`connection.${status}`);
  else if (error !== null && isLocalReason(error.code)) text = t(`connection.reason.${error.code}`);
  else if (error !== null) {
    text = t('connection.refused', {
      message: connectionRefusalText(error, t, language, null),
    });
  } else text = t('connection.refused', { message: t('common.errors.refused') });

  const away = (status === 'reconnecting' || status === 'offline') && lastConnectedAt !== null;
  const since = away
    ? t('connection.lastConnected', {
        time: new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(lastConnectedAt),
      })
    : null;

  return (
    <p role="status" className={`connection-badge connection-${status}`} data-status={status}>
      <Glyph icon={SYMBOLS[status]} />
      {text}
      {since !== null && <span className="connection-since"> ({since})</span>}
    </p>
  );
}
