import { unpackFrame, unpackStatic, ViewStream } from '@borderline/shared/client';
import type {
  ChatMessage,
  ExerciseView,
  PatchFrame,
  PersonalView,
  ViewFrame,
} from '@borderline/shared';
import { io, type Socket } from 'socket.io-client';
import { onceFirstView } from '../../support/first-view';

/** Who a socket stands for, to report bytes per kind of recipient. */
export type SocketKind = 'facilitator' | 'lead' | 'member' | 'projector';

/** One frame as it arrived: the event it carried and its size as the socket received it. */
export interface Arrival {
  socket: number;
  event: string;
  bytes: number;
  at: number;
}

export interface BenchSocketOptions {
  url: string;
  auth: Record<string, unknown>;
  kind: SocketKind;
  index: number;
  onFrame: (arrival: Arrival) => void;
  /** Rebuild the view from the frames (Control's, which the driver reads). */
  keepView?: boolean;
  /** Inflate packed frames to check their numbers (the product's; the floor's are filler). */
  unpack?: boolean;
  timeoutMs?: number;
}

/** socket.io's text packet: `2["event",…]` (an event, maybe with an ack id) or `3…` (an ack). */
const EVENT_NAME = /^2\d*\["([^"]+)"/;
/** An event with binary attachments: `51-["event",{placeholder}]`, then the bytes on their own. */
const BINARY_EVENT_NAME = /^5\d+-\d*\["([^"]+)"/;

/**
 * A benchmark's socket: it counts every frame it receives (the raw text,
 * before socket.io decodes it, so nothing is serialised again to measure
 * it), checks that patch numbers follow each other, and, for Control only,
 * rebuilds the view with the product's ViewStream. The same class talks to
 * the product and to the bare socket.io floor.
 */
export class BenchSocket {
  readonly socket: Socket;
  readonly kind: SocketKind;
  readonly index: number;
  readonly stream: ViewStream | null;
  /** Patch numbers that did not follow the previous one, and unexpected disconnections. */
  readonly problems: string[] = [];
  private lastSeq: number | null = null;
  private viewListeners = new Set<(view: ExerciseView) => void>();

  private constructor(socket: Socket, options: BenchSocketOptions) {
    this.socket = socket;
    this.kind = options.kind;
    this.index = options.index;
    this.stream = options.keepView === true ? new ViewStream() : null;
    socket.io.on('open', () => {
      let binary: { event: string; bytes: number } | null = null;
      socket.io.engine.on('data', (data: unknown) => {
        if (typeof data !== 'string') {
          if (binary === null) return;
          const size = data instanceof ArrayBuffer ? data.byteLength : (data as Buffer).length;
          const { event, bytes } = binary;
          binary = null;
          options.onFrame({
            socket: this.index,
            event,
            bytes: bytes + size,
            at: performance.now(),
          });
          return;
        }
        const withBytes = BINARY_EVENT_NAME.exec(data)?.[1];
        if (withBytes !== undefined) {
          binary = { event: withBytes, bytes: Buffer.byteLength(data) };
          return;
        }
        const name = EVENT_NAME.exec(data)?.[1];
        if (name === undefined) return; // an acknowledgement
        options.onFrame({
          socket: this.index,
          event: name,
          bytes: Buffer.byteLength(data),
          at: performance.now(),
        });
      });
    });
    // The product sends frames; the floor sends filler strings of the same size.
    socket.on('view', (frame: ViewFrame | string) => {
      if (typeof frame === 'string') return;
      this.lastSeq = frame.seq;
      if (this.stream !== null) this.notify(this.stream.onView(frame));
    });
    socket.on('patch', (frame: PatchFrame | string) => {
      if (typeof frame === 'string') return;
      this.checkSeq(frame.seq);
      if (this.stream !== null) this.notify(this.stream.onPatch(frame));
    });
    socket.on('packed', (data: unknown) => {
      if (!(data instanceof Uint8Array)) return;
      if (options.unpack !== true) {
        // Its number is inside the deflated bytes: the next plain patch starts the count again.
        this.lastSeq = null;
        return;
      }
      const packed = unpackFrame(data);
      if (packed.event === 'patch') this.checkSeq(packed.frame.seq);
      else this.lastSeq = packed.frame.seq;
      if (this.stream === null) return;
      this.notify(
        packed.event === 'view'
          ? this.stream.onView(packed.frame)
          : this.stream.onPatch(packed.frame),
      );
    });
    socket.on('static', (data: unknown) => {
      if (this.stream !== null && data instanceof Uint8Array) {
        this.stream.onStatic(unpackStatic(data));
      }
    });
    socket.on('personal', (personal: PersonalView | string) => {
      if (this.stream !== null && typeof personal !== 'string') {
        this.notify(this.stream.onPersonal(personal));
      }
    });
    socket.on('chat', (message: ChatMessage | string) => {
      if (this.stream !== null && typeof message !== 'string') {
        this.notify(this.stream.onChat(message));
      }
    });
    socket.on('disconnect', (reason) => {
      if (reason !== 'io client disconnect') this.problems.push(`disconnected: ${reason}`);
    });
  }

  /** Connects and resolves once the first whole view has arrived. */
  static connect(options: BenchSocketOptions): Promise<BenchSocket> {
    const socket = io(options.url, {
      auth: options.auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    const bench = new BenchSocket(socket, options);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no first view within ${options.timeoutMs ?? 30_000} ms`)),
        options.timeoutMs ?? 30_000,
      );
      onceFirstView(socket, () => {
        clearTimeout(timer);
        resolve(bench);
      });
      socket.once('connect_error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  }

  get view(): ExerciseView {
    const view = this.stream?.view ?? null;
    if (view === null) throw new Error('this socket keeps no view');
    return view;
  }

  /** Resolves with the next view rebuilt after now. */
  nextView(timeoutMs: number): Promise<ExerciseView> {
    return new Promise((resolve, reject) => {
      const listener = (view: ExerciseView) => {
        clearTimeout(timer);
        this.viewListeners.delete(listener);
        resolve(view);
      };
      const timer = setTimeout(() => {
        this.viewListeners.delete(listener);
        reject(new Error(`no new view within ${timeoutMs} ms`));
      }, timeoutMs);
      this.viewListeners.add(listener);
    });
  }

  /** Sends a command; resolves with the acknowledgement (or a timeout's error). */
  send(
    command: unknown,
    timeoutMs: number,
  ): Promise<{ ok: boolean; error?: { code: string; message: string } }> {
    return this.socket
      .timeout(timeoutMs)
      .emitWithAck('command', command)
      .catch((error: unknown) => ({
        ok: false,
        error: { code: 'timeout', message: error instanceof Error ? error.message : String(error) },
      }));
  }

  close(): void {
    this.viewListeners.clear();
    this.socket.close();
  }

  private checkSeq(seq: number): void {
    if (this.lastSeq !== null && seq !== this.lastSeq + 1) {
      this.problems.push(`patch ${seq} after ${this.lastSeq}`);
    }
    this.lastSeq = seq;
  }

  private notify(result: ReturnType<ViewStream['onView']>): void {
    if (result.kind === 'gap') this.problems.push(`gap: ${result.reason}`);
    if (result.kind !== 'view') return;
    for (const listener of this.viewListeners) listener(result.view);
  }
}
