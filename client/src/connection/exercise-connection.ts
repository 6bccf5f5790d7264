import { io, type Socket } from 'socket.io-client';
import { AckErrorSchema } from '@borderline/shared';
import type {
  Ack,
  ClientToServerEvents,
  CommandReceipt,
  ServerToClientEvents,
  SocketAuth,
} from '@borderline/shared';
import {
  unpackFrame,
  unpackStatic,
  ViewStream,
  type OutgoingCommand,
  type StreamResult,
} from '@borderline/shared/client';
import { chatFromView, initialChat } from '../state/chat-slice';
import {
  connectionClosed,
  connectionLost,
  connectionOpened,
  connectionRefused,
  connectionStarted,
  networkReturned,
  type ConnectionError,
} from '../state/connection-slice';
import type { ExerciseStore } from '../state/exercise-store';
import { seatForgotten } from '../state/session-slice';
import { viewCleared, viewReceived } from '../state/view-slice';
import { CommandQueue } from './command-queue';
import { browserScenarioCache } from './scenario-cache';

export type ExerciseSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ConnectOptions {
  /** The server, e.g. "http://127.0.0.1:3000"; the page's own origin when absent. */
  baseUrl?: string;
  /** Socket.io's first wait before reconnecting (ms); it doubles up to 5 s. */
  reconnectionDelayMs?: number;
}

const isOnline = () => globalThis.navigator?.onLine !== false;

/** The `data` of a handshake refusal: `{ code, message, reason?, detail? }` (docs/protocol.md, Handshake). */
/** The longest wait between two handshakes the server failed (socket.io's own reconnection maximum). */
const MAX_RETRY_MS = 5_000;

function refusalOf(error: Error): ConnectionError {
  const data = (error as Error & { data?: unknown }).data;
  const refusal = AckErrorSchema.safeParse(data);
  if (refusal.success) {
    const { code, message, reason, detail } = refusal.data;
    return {
      code,
      message,
      ...(reason === undefined ? {} : { reason }),
      ...(detail === undefined ? {} : { detail }),
    };
  }
  if (typeof data === 'object' && data !== null) {
    const { code, message } = data as Record<string, unknown>;
    if (typeof code === 'string' && typeof message === 'string') return { code, message };
  }
  return { code: 'refused', message: error.message };
}

/**
 * One socket to one exercise, fed into the store from outside React: every
 * server event becomes a `setState` through a slice's updater. Socket.io
 * reconnects by itself; the server sends the whole view again on each
 * connection, and the CommandQueue resends what was not answered.
 */
export class ExerciseConnection {
  readonly socket: ExerciseSocket;
  private readonly queue: CommandQueue;
  private readonly stream = new ViewStream(browserScenarioCache());
  private readonly cleanups: (() => void)[] = [];
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  private syncing = false;
  /** Why the server turned this connection away for good; nothing is sent after it. */
  private refusal: ConnectionError | null = null;

  constructor(
    private readonly auth: SocketAuth,
    private readonly store: ExerciseStore,
    options: ConnectOptions = {},
  ) {
    // Another exercise's picture must not show while this one loads.
    store.setState((state) => ({
      connection: connectionStarted(state.connection),
      view: viewCleared(state.view),
      chat: initialChat,
    }));
    const socketOptions = {
      // Named anew at each reconnection: the scenario versions held need not be sent again.
      auth: (callback: (data: object) => void) =>
        callback({ ...auth, scenarios: this.stream.heldScenarios() }),
      forceNew: true, // no manager shared with an earlier connection and its credentials
      reconnectionDelay: options.reconnectionDelayMs ?? 1_000,
      reconnectionDelayMax: MAX_RETRY_MS,
    };
    this.socket =
      options.baseUrl === undefined ? io(socketOptions) : io(options.baseUrl, socketOptions);
    this.queue = new CommandQueue((command, answer) =>
      this.socket.emit('command', command, answer),
    );
    this.listenToSocket(options.reconnectionDelayMs ?? 1_000);
    this.listenToNetwork();
  }

  send(command: OutgoingCommand): Promise<Ack<CommandReceipt>> {
    if (this.closed) return Promise.reject(new Error('the connection is closed'));
    if (this.refusal !== null) return Promise.reject(new Error(this.refusal.message));
    return this.queue.send(command);
  }

  /** Leaves the exercise: the socket closes and nothing retries. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.retryTimer);
    for (const cleanup of this.cleanups) cleanup();
    this.socket.close();
    this.queue.failAll(new Error('the connection was closed'));
    this.store.setState((state) => ({ connection: connectionClosed(state.connection) }));
  }

  private listenToSocket(retryDelayMs: number): void {
    const { socket, store, queue } = this;
    socket.on('connect', () => {
      socket.io.reconnectionDelay(retryDelayMs);
      store.setState((state) => ({ connection: connectionOpened(state.connection, Date.now()) }));
      queue.connected();
    });
    socket.on('disconnect', (reason) => {
      queue.disconnected();
      if (this.closed) return;
      if (this.refusal !== null) {
        queue.failAll(new Error(this.refusal.message));
        return;
      }
      // The server closed this socket without saying why (a restart, a failure while
      // connecting): socket.io would not retry, so ask again; a refusal will tell.
      if (reason === 'io server disconnect') {
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => socket.connect(), retryDelayMs);
      }
      store.setState((state) => ({ connection: connectionLost(state.connection, isOnline()) }));
    });
    let failedHandshakes = 0;
    socket.on('connect', () => {
      failedHandshakes = 0;
    });
    socket.on('connect_error', (error) => {
      // An inactive socket was refused by the server's handshake and will not retry.
      if (!socket.active) {
        const refusal = refusalOf(error);
        // The server failed, not the credentials (an exercise moving to another
        // process while its old one's hold runs out): ask again, waiting longer each time.
        if (refusal.code === 'internal') {
          failedHandshakes += 1;
          clearTimeout(this.retryTimer);
          const wait = Math.min(retryDelayMs * 2 ** (failedHandshakes - 1), MAX_RETRY_MS);
          this.retryTimer = setTimeout(() => socket.connect(), wait);
          store.setState((state) => ({ connection: connectionLost(state.connection, isOnline()) }));
          return;
        }
        this.refused(refusal);
        queue.failAll(new Error(error.message));
        return;
      }
      store.setState((state) => ({ connection: connectionLost(state.connection, isOnline()) }));
    });
    socket.on('view', (frame) => this.apply(this.stream.onView(frame)));
    socket.on('patch', (frame) => this.apply(this.stream.onPatch(frame)));
    socket.on('static', (data) => this.stream.onStatic(unpackStatic(data)));
    socket.on('packed', (data) => {
      const packed = unpackFrame(data);
      this.apply(
        packed.event === 'view'
          ? this.stream.onView(packed.frame)
          : this.stream.onPatch(packed.frame),
      );
    });
    socket.on('personal', (personal) => this.apply(this.stream.onPersonal(personal)));
    socket.on('chat', (message) => this.apply(this.stream.onChat(message)));
    socket.on('seatRemoved', ({ reason }) => this.endedByServer('seat-removed', reason));
    // A stopping server says when to come back: the first attempt waits that
    // long (socket.io adds its jitter), so a class does not hammer a restart.
    socket.on('serverClosing', ({ reconnectInMs }) => {
      socket.io.reconnectionDelay(Math.max(retryDelayMs, Math.min(reconnectInMs, 30_000)));
    });
    socket.on('exerciseDeleted', () =>
      this.endedByServer('exercise-deleted', 'Control deleted this exercise.'),
    );
  }

  /** A new view goes to the store; a gap in the patches asks for the whole view again. */
  private apply(result: StreamResult): void {
    if (result.kind === 'view') {
      const { view } = result;
      this.store.setState((state) => ({
        view: viewReceived(state.view, view, Date.now()),
        chat: chatFromView(view.chat, state.chat),
      }));
    } else if (result.kind === 'gap') {
      this.resync();
    }
  }

  private resync(): void {
    if (this.closed || this.refusal !== null || this.syncing) return;
    this.syncing = true;
    this.socket
      .timeout(10_000)
      .emit('sync', { scenarios: this.stream.heldScenarios() }, (error, result) => {
        this.syncing = false;
        // No answer: the next connection sends a whole view anyway.
        if (error === null && result.ok) this.apply(this.stream.onView(result.data));
      });
  }

  private refused(refusal: ConnectionError): void {
    this.refusal = refusal;
    this.store.setState((state) => ({ connection: connectionRefused(state.connection, refusal) }));
  }

  /** The seat or the exercise is gone: its credentials will never work again. */
  private endedByServer(code: string, message: string): void {
    this.refused({ code, message });
    const { exerciseId, role } = this.auth;
    this.store.setState((state) => ({ session: seatForgotten(state.session, exerciseId, role) }));
  }

  /** The browser's own word on the network names a lost connection "offline". */
  private listenToNetwork(): void {
    if (typeof globalThis.addEventListener !== 'function') return;
    const offline = () => {
      if (this.socket.connected) return; // a server on this machine still answers
      this.store.setState((state) => ({ connection: connectionLost(state.connection, false) }));
    };
    const online = () =>
      this.store.setState((state) => ({ connection: networkReturned(state.connection) }));
    globalThis.addEventListener('offline', offline);
    globalThis.addEventListener('online', online);
    this.cleanups.push(() => {
      globalThis.removeEventListener('offline', offline);
      globalThis.removeEventListener('online', online);
    });
  }
}
