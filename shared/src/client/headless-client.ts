import { io, type Socket } from 'socket.io-client';
import type { Ack } from '../protocol/ack';
import type { ChatMessage } from '../protocol/chat';
import type { ClientCommand } from '../protocol/commands';
import type { SocketAuth } from '../protocol/session';
import type {
  ClientToServerEvents,
  CommandReceipt,
  ServerToClientEvents,
} from '../protocol/socket-events';
import type { ViewFrame } from '../protocol/view-frames';
import type { ExerciseView } from '../protocol/views';
import { unpackFrame, unpackStatic } from './unpack-frame';
import { memoryScenarioCache, ViewStream, type StreamResult } from './view-stream';

/** A command as a caller writes it: the client adds the id unless one is given (to resend). */
export type OutgoingCommand = ClientCommand extends infer C
  ? C extends { id: string }
    ? Omit<C, 'id'> & { id?: string }
    : never
  : never;

/** Every payload the server sent to this client, in order, for tests that look for leaks. */
export interface ReceivedPayload {
  event: keyof ServerToClientEvents;
  payload: unknown;
}

export interface HeadlessClientOptions {
  /** e.g. "http://127.0.0.1:3000" */
  baseUrl: string;
  auth: SocketAuth;
  /** How long to wait for an acknowledgement or a view before giving up (ms). */
  timeoutMs?: number;
  /** Keep every payload received (off by default: a long game sends many views). */
  capture?: boolean;
  /** Reconnect on its own after a dropped connection (socket.io's default: on). */
  reconnection?: boolean;
  /** Forget the scenario versions other clients of this process received (to see them sent). */
  freshScenarioCache?: boolean;
}

/** The clients of one process share what they learnt of the scenarios, as a browser's tabs do. */
const processScenarios = memoryScenarioCache();

type ServerSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Command ids: random, URL-safe, within the protocol's 8–64 characters. */
function newCommandId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * A typed client of the exercise protocol with no user interface. The tests,
 * the bots of the live simulation and the benchmark all talk to the server
 * through it, so they exercise exactly what a browser does.
 */
export class HeadlessClient {
  readonly socket: ServerSocket;
  readonly received: ReceivedPayload[] = [];
  readonly chat: ChatMessage[] = [];
  /** The gaps found in the patches' numbering, each filled by a `sync`. */
  readonly gaps: string[] = [];
  private readonly stream: ViewStream;
  private readonly timeoutMs: number;
  private readonly viewListeners = new Set<(view: ExerciseView) => void>();
  /** Called once each, at the next whole view the server pushes (a connection's first). */
  private wholeViewWaiters: (() => void)[] = [];

  private constructor(socket: ServerSocket, stream: ViewStream, options: HeadlessClientOptions) {
    this.socket = socket;
    this.stream = stream;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    const keep = (event: keyof ServerToClientEvents, payload: unknown) => {
      if (options.capture === true) this.received.push({ event, payload });
    };
    socket.on('view', (frame) => {
      keep('view', frame);
      this.apply(this.stream.onView(frame));
      this.wholeViewArrived();
    });
    socket.on('patch', (frame) => {
      keep('patch', frame);
      this.apply(this.stream.onPatch(frame));
    });
    socket.on('packed', (data) => {
      const packed = unpackFrame(data);
      keep(packed.event, packed.frame);
      if (packed.event === 'view') {
        this.apply(this.stream.onView(packed.frame));
        this.wholeViewArrived();
      } else {
        this.apply(this.stream.onPatch(packed.frame));
      }
    });
    socket.on('static', (data) => {
      const face = unpackStatic(data);
      keep('static', face);
      this.stream.onStatic(face);
    });
    socket.on('personal', (personal) => {
      keep('personal', personal);
      this.apply(this.stream.onPersonal(personal));
    });
    socket.on('chat', (message) => {
      keep('chat', message);
      this.chat.push(message);
      this.apply(this.stream.onChat(message));
    });
    socket.on('seatRemoved', (info) => keep('seatRemoved', info));
    socket.on('exerciseDeleted', () => keep('exerciseDeleted', null));
  }

  /** Connects and resolves once the server has sent the first view; rejects with the server's reason. */
  static connect(options: HeadlessClientOptions): Promise<HeadlessClient> {
    const stream = new ViewStream(
      options.freshScenarioCache === true ? memoryScenarioCache() : processScenarios,
    );
    const socket: ServerSocket = io(options.baseUrl, {
      // Named anew at each reconnection: a version received meanwhile need not come again.
      auth: (callback) => callback({ ...options.auth, scenarios: stream.heldScenarios() }),
      transports: ['websocket'],
      reconnection: options.reconnection ?? true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 1_000,
      forceNew: true,
    });
    const client = new HeadlessClient(socket, stream, options);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.close();
        reject(new Error(`no view from ${options.baseUrl} within ${client.timeoutMs} ms`));
      }, client.timeoutMs);
      // Only the first connection may fail the promise: later failures are
      // reconnection attempts (a restarting server), which socket.io retries.
      const refused = (error: Error & { data?: unknown }) => {
        clearTimeout(timer);
        socket.close();
        reject(Object.assign(new Error(error.message), { data: error.data }));
      };
      // The first whole view comes plain or packed, applied by the listeners above.
      client.wholeViewWaiters.push(() => {
        clearTimeout(timer);
        socket.off('connect_error', refused);
        resolve(client);
      });
      socket.once('connect_error', refused);
    });
  }

  /** The newest view, rebuilt from the frames the server sent. */
  get view(): ExerciseView {
    const view = this.stream.view;
    if (view === null) throw new Error('no view received yet');
    return view;
  }

  private wholeViewArrived(): void {
    const waiters = this.wholeViewWaiters;
    this.wholeViewWaiters = [];
    for (const waiter of waiters) waiter();
  }

  private apply(result: StreamResult): void {
    if (result.kind === 'view') {
      for (const listener of this.viewListeners) listener(result.view);
    } else if (result.kind === 'gap') {
      this.gaps.push(result.reason);
      this.sync().catch(() => undefined); // a closed socket: the next connection sends a view
    }
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  /** Sends a command and resolves with the server's acknowledgement (it never rejects on a refusal). */
  send(command: OutgoingCommand): Promise<Ack<CommandReceipt> & { commandId: string }> {
    const commandId = command.id ?? newCommandId();
    const full = { ...command, id: commandId } as ClientCommand;
    return new Promise((resolve, reject) => {
      this.socket
        .timeout(this.timeoutMs)
        .emit('command', full, (error: Error | null, result: Ack<CommandReceipt>) => {
          if (error !== null)
            reject(new Error(`no acknowledgement for ${full.type}: ${error.message}`));
          else resolve({ ...result, commandId });
        });
    });
  }

  /** Sends a command that must be accepted; throws with the server's message otherwise. */
  async expectOk(command: OutgoingCommand): Promise<CommandReceipt> {
    const result = await this.send(command);
    if (!result.ok) {
      throw new Error(`${command.type} refused: ${result.error.code}: ${result.error.message}`);
    }
    return result.data;
  }

  /** Asks for the whole view again, and resolves with it once applied. */
  async sync(): Promise<Ack<ExerciseView>> {
    const result = await this.syncFrame();
    if (!result.ok) return result;
    const applied = this.stream.onView(result.data);
    if (applied.kind === 'view') {
      for (const listener of this.viewListeners) listener(applied.view);
      return { ok: true, data: applied.view };
    }
    return { ok: true, data: this.view };
  }

  /** The `sync` frame itself, as the server sent it. */
  syncFrame(): Promise<Ack<ViewFrame>> {
    const request = { scenarios: this.stream.heldScenarios() };
    return new Promise((resolve, reject) => {
      this.socket
        .timeout(this.timeoutMs)
        .emit('sync', request, (error: Error | null, result: Ack<ViewFrame>) => {
          if (error !== null) reject(new Error(`no answer to sync: ${error.message}`));
          else resolve(result);
        });
    });
  }

  /** Resolves with the first view (the current one included) that satisfies the predicate. */
  waitForView(
    predicate: (view: ExerciseView) => boolean,
    timeoutMs = this.timeoutMs,
  ): Promise<ExerciseView> {
    const latest = this.stream.view;
    if (latest !== null && predicate(latest)) return Promise.resolve(latest);
    return new Promise((resolve, reject) => {
      const listener = (view: ExerciseView) => {
        if (!predicate(view)) return;
        clearTimeout(timer);
        this.viewListeners.delete(listener);
        resolve(view);
      };
      const timer = setTimeout(() => {
        this.viewListeners.delete(listener);
        reject(new Error(`no matching view within ${timeoutMs} ms`));
      }, timeoutMs);
      this.viewListeners.add(listener);
    });
  }

  /** Drops the connection (as a lost network would); `reconnect` brings it back. */
  disconnect(): void {
    this.socket.disconnect();
  }

  /** Reconnects with the same credentials; resolves once a fresh view has arrived. */
  reconnect(): Promise<ExerciseView> {
    const fresh = new Promise<ExerciseView>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no view after reconnecting within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
      this.wholeViewWaiters.push(() => {
        clearTimeout(timer);
        resolve(this.view);
      });
    });
    this.socket.connect();
    return fresh;
  }

  close(): void {
    this.viewListeners.clear();
    this.socket.close();
  }
}
