import { SocketAuth, type AckError } from '@borderline/shared';
import type { Socket as ServerSocket } from 'socket.io';
import { io as connectTo, type Socket as ClientSocket } from 'socket.io-client';
import type { Logger } from '../logger';
import type { ExerciseOwnership } from './exercise-ownership';
import { hopsOf, MAX_HOPS, relayedHeaders } from './relay-headers';

/** How long one attempt to reach the owner may take before it counts as unreachable. */
const CONNECT_TIMEOUT_MS = 3_000;
const RETRY_MS = 250;
const ADOPT_WITHIN_MS = 10_000;

/**
 * The internal connection to the owner, with what the owner sent before the
 * client's own socket was connected (its first view comes at once).
 */
interface RelayLink {
  exerciseId: string;
  /** The owner's address. */
  address: string;
  link: ClientSocket;
  early: { event: string; args: unknown[] }[];
}

type LinkOutcome =
  | { kind: 'open'; relay: RelayLink }
  | { kind: 'refused'; error: AckError }
  | { kind: 'unreachable'; message: string };

/** The Error socket.io hands to the client's `connect_error`, with the refusal as `data`. */
function refusal(error: AckError): Error & { data: AckError } {
  return Object.assign(new Error(error.message), { data: error });
}

/**
 * Lets any process accept any player's connection: a socket whose exercise
 * is owned by another process is joined, for its whole life, to one
 * internal socket.io connection to the owner, which checks its handshake and
 * answers it as if it were its own. Everything the client sends (commands,
 * syncs, with their acknowledgements) goes through to the owner; everything
 * the owner sends comes back. When the owner goes (a crash, a restart), the
 * client's socket is closed and the client reconnects by itself, to whichever
 * process then owns the exercise. While a dead owner's lease runs out, the
 * handshake waits rather than refuse, so that a takeover is a slow connection.
 */
export class SocketRelay {
  private readonly links = new WeakMap<ServerSocket, RelayLink>();
  /** The relayed sockets of each exercise, with the owner each is relayed to. */
  private readonly relayed = new Map<string, Map<ServerSocket, string>>();

  constructor(
    private readonly ownership: ExerciseOwnership,
    private readonly logger: Logger,
    /** How long a handshake waits for an unreachable owner's lease to be taken over. */
    private readonly waitMs: number,
  ) {}

  /**
   * The handshake's first step: `linked` is true when the socket is relayed
   * (the owner accepted it), false when this process answers it itself.
   */
  handshake(
    socket: ServerSocket,
    clientAddress: string,
    done: (error: Error | null, linked: boolean) => void,
  ): void {
    const auth = SocketAuth.safeParse(socket.handshake.auth);
    if (!auth.success || hopsOf(socket.request.headers) >= MAX_HOPS) {
      done(null, false);
      return;
    }
    const { exerciseId } = auth.data;
    this.link(socket, exerciseId, clientAddress).then(
      (outcome) => {
        if (outcome === null) return done(null, false);
        if (outcome.kind === 'refused') return done(refusal(outcome.error), false);
        if (outcome.kind === 'unreachable') {
          return done(refusal({ code: 'internal', message: outcome.message }), false);
        }
        const { relay } = outcome;
        this.links.set(socket, relay);
        // A client gone between its handshake and its connection leaves no link open.
        setTimeout(() => {
          if (this.links.get(socket) !== relay) return;
          this.links.delete(socket);
          relay.link.close();
        }, ADOPT_WITHIN_MS).unref();
        done(null, true);
      },
      (error: unknown) => {
        this.logger.error({ exerciseId, err: error }, 'relay handshake failed');
        done(
          refusal({ code: 'internal', message: 'The server could not reach this exercise.' }),
          false,
        );
      },
    );
  }

  /** Starts relaying a connected socket; false when it is not relayed. */
  adopt(socket: ServerSocket): boolean {
    const relay = this.links.get(socket);
    if (relay === undefined) return false;
    this.links.delete(socket);
    const { link, early } = relay;
    link.offAny();
    for (const { event, args } of early) socket.emit(event, ...args);
    link.onAny((event: string, ...args: unknown[]) => {
      socket.emit(event, ...args);
    });
    socket.onAny((event: string, ...args: unknown[]) => {
      link.emit(event, ...args);
    });
    const sockets = this.relayed.get(relay.exerciseId) ?? new Map<ServerSocket, string>();
    this.relayed.set(relay.exerciseId, sockets);
    sockets.set(socket, relay.address);
    link.on('disconnect', () => socket.disconnect(true));
    socket.on('disconnect', () => {
      link.disconnect();
      sockets.delete(socket);
      if (sockets.size === 0) this.relayed.delete(relay.exerciseId);
    });
    if (link.disconnected) socket.disconnect(true);
    return true;
  }

  /**
   * Another process took the exercise over (the Redis adapter says so): the
   * sockets relayed to its old owner are closed at once, rather than when
   * their link notices the old owner is gone, and reconnect to the new one.
   */
  ownerChanged(exerciseId: string, address: string): void {
    for (const [socket, relayedTo] of this.relayed.get(exerciseId) ?? []) {
      if (relayedTo !== address) socket.disconnect(true);
    }
  }

  /** How many sockets this process relays to other owners now. */
  relayedCount(): number {
    let count = 0;
    for (const sockets of this.relayed.values()) count += sockets.size;
    return count;
  }

  /** Opens the internal connection to the owner; null when this process owns the exercise. */
  private async link(
    socket: ServerSocket,
    exerciseId: string,
    clientAddress: string,
  ): Promise<LinkOutcome | null> {
    const until = Date.now() + this.waitMs;
    for (;;) {
      const route = await this.ownership.route(exerciseId);
      if (route.kind !== 'remote') return null;
      const outcome = await this.connect(exerciseId, route.address, socket, clientAddress);
      if (outcome.kind !== 'unreachable' || Date.now() >= until) {
        if (outcome.kind === 'unreachable') {
          this.logger.warn({ exerciseId, owner: route.address }, 'owner unreachable');
        }
        return outcome;
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }

  private connect(
    exerciseId: string,
    address: string,
    socket: ServerSocket,
    clientAddress: string,
  ): Promise<LinkOutcome> {
    return new Promise((resolve) => {
      const link = connectTo(address, {
        auth: socket.handshake.auth,
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        timeout: CONNECT_TIMEOUT_MS,
        extraHeaders: relayedHeaders(socket.request.headers, clientAddress),
      });
      const early: RelayLink['early'] = [];
      link.onAny((event: string, ...args: unknown[]) => early.push({ event, args }));
      link.once('connect', () =>
        resolve({ kind: 'open', relay: { exerciseId, address, link, early } }),
      );
      link.once('connect_error', (error: Error & { data?: AckError }) => {
        link.close();
        if (error.data !== undefined && typeof error.data.code === 'string') {
          resolve({ kind: 'refused', error: error.data });
          return;
        }
        resolve({
          kind: 'unreachable',
          message: "This exercise's server cannot be reached now; try again in a moment.",
        });
      });
    });
  }
}
