import type { RefusalDetail, RefusalReason } from '@borderline/shared';
/**
 * The socket's state as the page shows it. `offline` means the browser itself
 * reports no network; `reconnecting` means the network is there but the
 * server is not (yet) answering; `refused` means the server turned the
 * credentials away and nothing will retry on its own.
 */
export type ConnectionStatus =
  'idle' | 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'refused';

export interface ConnectionError {
  /** The server's error code (`unauthorized`, `not-found`), or `seat-removed` / `exercise-deleted`. */
  code: string;
  /** The server's message, in English: for logs, and an English page where there is no reason. */
  message: string;
  /** Why, when the server said (the handshake's refusal): worded in the reader's language. */
  reason?: RefusalReason;
  detail?: RefusalDetail;
}

export interface ConnectionSlice {
  status: ConnectionStatus;
  /** Set only while `refused`. */
  error: ConnectionError | null;
  /** Epoch ms of the latest successful connection; null before the first. */
  lastConnectedAt: number | null;
}

export const initialConnection: ConnectionSlice = {
  status: 'idle',
  error: null,
  lastConnectedAt: null,
};

export function connectionStarted(connection: ConnectionSlice): ConnectionSlice {
  return { ...connection, status: 'connecting', error: null };
}

export function connectionOpened(_connection: ConnectionSlice, now: number): ConnectionSlice {
  return { status: 'connected', error: null, lastConnectedAt: now };
}

/**
 * The socket dropped, or an attempt failed, and socket.io keeps trying.
 * Before the first success it is still "connecting"; after it, "reconnecting".
 */
export function connectionLost(connection: ConnectionSlice, online: boolean): ConnectionSlice {
  if (connection.status === 'refused' || connection.status === 'idle') return connection;
  if (!online) return { ...connection, status: 'offline', error: null };
  const status = connection.lastConnectedAt === null ? 'connecting' : 'reconnecting';
  return { ...connection, status, error: null };
}

/** The browser reports its network back; socket.io's next attempt decides the rest. */
export function networkReturned(connection: ConnectionSlice): ConnectionSlice {
  if (connection.status !== 'offline') return connection;
  return connectionLost(connection, true);
}

export function connectionRefused(
  connection: ConnectionSlice,
  error: ConnectionError,
): ConnectionSlice {
  return { ...connection, status: 'refused', error };
}

/** Closed on purpose (leaving the exercise): nothing to show but "not connected". */
export function connectionClosed(connection: ConnectionSlice): ConnectionSlice {
  return { ...connection, status: 'idle', error: null };
}
