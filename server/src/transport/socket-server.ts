import type { Server as HttpServer } from 'node:http';
import {
  ackError,
  ackOk,
  MAX_MESSAGE_BYTES,
  formatIssues,
  parseClientCommand,
  refusalError,
  SyncRequest,
  type Ack,
  type AckError,
  type CommandReceipt,
  type ViewFrame,
} from '@borderline/shared';
import { Server } from 'socket.io';
import { ExerciseServiceError, type ExerciseService } from '../exercises';
import type { Logger } from '../logger';
import { DEFAULT_RATE_LIMITS, RateBudget, type RateLimits } from './rate-budget';
import { INTERNAL_MESSAGE } from './refusals';
import { routeCommand } from './route-command';
import { isStorageFull, STORAGE_FULL } from '../store/storage-full';
import { clientAddress, compileTrust, type TrustFunction } from './client-address';
import type { SocketRelay } from '../cluster/socket-relay';
import { GuessGuard } from './guess-guard';
import { authenticateSocket } from './socket-auth';
import { exerciseRoom, type TransportServer, type TransportSocket } from './socket-types';
import { ViewBroadcaster } from './view-broadcaster';

/**
 * The largest frame socket.io accepts: a command of MAX_MESSAGE_BYTES plus
 * room for socket.io's own envelope (event name, acknowledgement id), so
 * that a command just over the limit is answered `too-large`. A frame past
 * this is dropped by socket.io, which closes the connection (the client
 * reconnects by itself).
 */
export const MAX_FRAME_BYTES = MAX_MESSAGE_BYTES + 1024;

export interface SocketServerOptions {
  service: ExerciseService;
  logger: Logger;
  /** Per-socket budgets; the protocol's RATE_LIMITS unless given (tests raise them). */
  rateLimits?: RateLimits;
  /** The guesses of the handshakes, shared with the HTTP routes; one of its own unless given. */
  guesses?: GuessGuard;
  /** Who names the client behind a proxy (TRUST_PROXY); the connection itself unless given. */
  trustProxy?: TrustFunction;
  /** Hears each command's time to its answer, by outcome ("accepted" or the refusal's code). */
  observeCommand?: (outcome: string, seconds: number) => void;
  /** Relays the sockets of exercises another process owns to it (several processes). */
  relay?: SocketRelay;
  /**
   * Resolves once the exercise's writes so far are durable (a store whose
   * writes land later): a command is acknowledged, and its change sent, only then.
   */
  durable?: (exerciseId: string) => Promise<void>;
}

export interface SocketTransport {
  io: TransportServer;
  /** Disconnects every socket and stops listening (socket.io also closes the HTTP server). */
  close(): Promise<void>;
  /**
   * Stops gracefully: waits (at most `waitMs`) for the messages being
   * handled to be answered, tells every socket to reconnect in
   * `reconnectInMs`, then closes as `close` does.
   */
  drain(options: { reconnectInMs: number; waitMs: number }): Promise<void>;
}

type Answer<T> = (result: Ack<T>) => void;

/**
 * Splits a client's arguments into the payload and the acknowledgement
 * callback (always the last argument); null when there is no callback, since
 * then no answer can be given.
 */
function withAck<T>(args: unknown[]): { payload: unknown; answer: Answer<T> } | null {
  const last = args[args.length - 1];
  if (typeof last !== 'function') return null;
  const callback = last as (result: unknown) => void;
  return { payload: args.length >= 2 ? args[0] : undefined, answer: (result) => callback(result) };
}

function describeSocket(socket: TransportSocket): Record<string, string> {
  const { exerciseId, sender } = socket.data;
  return sender.kind === 'player'
    ? { exerciseId, socket: socket.id, role: 'player', player: sender.playerId }
    : { exerciseId, socket: socket.id, role: 'facilitator' };
}

/**
 * Attaches socket.io to the HTTP server: checks every handshake, keeps one
 * room per exercise, sends each socket its view on connection and after
 * every change, and answers every `command` and `sync` through the
 * acknowledgement, after the socket's rate budget, the size and shape
 * checks, and the sender's seat. Every handler answers; none throws.
 */
export function attachSocketServer(
  httpServer: HttpServer,
  options: SocketServerOptions,
): SocketTransport {
  const { service, logger } = options;
  const limits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
  const io: TransportServer = new Server(httpServer, {
    maxHttpBufferSize: MAX_FRAME_BYTES,
    // Large frames are deflated once per class by the broadcaster (PackedFrame), not per socket.
    perMessageDeflate: false,
    serveClient: false,
  });
  const broadcaster = new ViewBroadcaster(io, service, logger, options.durable);
  const commandBudget = new RateBudget(limits.commands, 'messages');
  const chatBudget = new RateBudget(limits.chat, 'chat messages');
  // `sync` reads only: its own budget, so that re-reading never costs a command.
  const syncBudget = new RateBudget(limits.commands, 'requests for the view');
  broadcaster.start();

  const refuse = <T>(
    socket: TransportSocket,
    answer: Answer<T>,
    error: AckError,
    type?: string,
  ) => {
    logger.info(
      { ...describeSocket(socket), command: type, code: error.code, reason: error.reason },
      'message refused',
    );
    answer({ ok: false, error });
  };

  /** Runs a handler; a service refusal or a bug becomes an answer, never a crash. */
  let inFlight = 0;
  const guarded = async <T>(
    socket: TransportSocket,
    answer: Answer<T>,
    run: () => Promise<void>,
  ): Promise<void> => {
    inFlight += 1;
    try {
      await run();
    } catch (error) {
      if (error instanceof ExerciseServiceError) {
        refuse(socket, answer, refusalError(error.code, error.message, error.detail));
        return;
      }
      if (isStorageFull(error)) {
        logger.error({ ...describeSocket(socket), err: error }, 'store write failed: disk full');
        refuse(socket, answer, STORAGE_FULL);
        return;
      }
      logger.error({ ...describeSocket(socket), err: error }, 'message handler failed');
      try {
        answer(ackError('internal', INTERNAL_MESSAGE));
      } catch {
        // The socket is gone: nobody to answer.
      }
    } finally {
      inFlight -= 1;
    }
  };

  const onCommand = (socket: TransportSocket, args: unknown[]): Promise<void> | undefined => {
    const call = withAck<CommandReceipt>(args);
    if (call === null) {
      logger.info({ ...describeSocket(socket) }, 'command without acknowledgement ignored');
      return undefined;
    }
    const { payload } = call;
    const { observeCommand } = options;
    const started = performance.now();
    const answer: Answer<CommandReceipt> =
      observeCommand === undefined
        ? call.answer
        : (result) => {
            observeCommand(
              result.ok ? 'accepted' : result.error.code,
              (performance.now() - started) / 1000,
            );
            call.answer(result);
          };
    return guarded(socket, answer, async () => {
      const spent = await commandBudget.take(socket.id);
      if (!spent.ok)
        return refuse(socket, answer, { code: 'rate-limited', message: spent.message });
      const parsed = parseClientCommand(payload);
      if (!parsed.ok) return refuse(socket, answer, parsed.error);
      const { command } = parsed;
      if (command.type === 'chat.send') {
        const chat = await chatBudget.take(socket.id);
        if (!chat.ok) {
          return refuse(
            socket,
            answer,
            { code: 'rate-limited', message: chat.message },
            command.type,
          );
        }
      }
      const { exerciseId, sender } = socket.data;
      const result = routeCommand({ service, exerciseId, sender }, command);
      if (!result.ok) return refuse(socket, answer, result.error, command.type);
      if (options.durable !== undefined) {
        try {
          await options.durable(exerciseId);
        } catch (error) {
          // Not stored, so not acknowledged: the client sends it again once it reconnects,
          // to whichever process then owns the exercise.
          logger.warn(
            { ...describeSocket(socket), err: error },
            'command not stored; socket closed',
          );
          socket.disconnect(true);
          return;
        }
      }
      logger.debug(
        { ...describeSocket(socket), command: command.type, duplicate: result.data.duplicate },
        'command applied',
      );
      answer(result);
    });
  };

  const onSync = (socket: TransportSocket, args: unknown[]): Promise<void> | undefined => {
    const call = withAck<ViewFrame>(args);
    if (call === null) return undefined;
    const { payload, answer } = call;
    return guarded(socket, answer, async () => {
      const spent = await syncBudget.take(socket.id);
      if (!spent.ok)
        return refuse(socket, answer, { code: 'rate-limited', message: spent.message });
      const request = SyncRequest.safeParse(payload ?? {});
      if (!request.success) {
        const message = `The sync request is not valid: ${formatIssues(request.error.issues)}.`;
        return refuse(socket, answer, { code: 'invalid-message', message });
      }
      answer(ackOk(broadcaster.currentFrame(socket, request.data.scenarios ?? [])));
    });
  };

  const onUnknownEvent = (socket: TransportSocket, event: unknown, args: unknown[]) => {
    if (event === 'command' || event === 'sync') return;
    const call = withAck<never>(args);
    if (call === null) return;
    const name = String(event).slice(0, 100);
    void guarded(socket, call.answer, async () => {
      const spent = await commandBudget.take(socket.id);
      if (!spent.ok) {
        return refuse(socket, call.answer, { code: 'rate-limited', message: spent.message });
      }
      const message = `unknown event "${name}"; a client sends "command" or "sync"`;
      refuse(socket, call.answer, { code: 'unknown-command', message });
    });
  };

  const onDisconnect = (socket: TransportSocket, reason: string) => {
    for (const budget of [commandBudget, chatBudget, syncBudget]) budget.forget(socket.id);
    broadcaster.disconnected(socket);
    const { exerciseId, sender } = socket.data;
    try {
      const running = service.isLoaded(exerciseId);
      if (
        running &&
        sender.kind === 'player' &&
        service.player(exerciseId, sender.playerId) !== undefined
      ) {
        service.setConnected(exerciseId, sender.playerId, false);
      }
    } catch (error) {
      logger.error({ ...describeSocket(socket), err: error }, 'disconnection not recorded');
    }
    logger.info({ ...describeSocket(socket), reason }, 'socket disconnected');
  };

  const trust = options.trustProxy ?? compileTrust(false);
  const authenticateHere = authenticateSocket(service, logger, {
    guesses: options.guesses ?? new GuessGuard(limits.guesses),
    trust,
  });
  const { relay } = options;
  io.use((socket, next) => {
    if (relay === undefined) return authenticateHere(socket, next);
    relay.handshake(socket, clientAddress(socket.request, trust), (error, linked) => {
      if (error !== null) next(error);
      else if (linked) next();
      else authenticateHere(socket, next);
    });
  });
  io.on('connection', (socket) => {
    if (relay?.adopt(socket) === true) return;
    const { exerciseId, sender } = socket.data;
    socket.on('disconnect', (reason) => onDisconnect(socket, reason));
    try {
      void socket.join(exerciseRoom(exerciseId));
      if (sender.kind === 'player') service.setConnected(exerciseId, sender.playerId, true);
      logger.info(
        { ...describeSocket(socket), address: socket.handshake.address },
        'socket connected',
      );
      broadcaster.connected(socket);
    } catch (error) {
      logger.error({ ...describeSocket(socket), err: error }, 'connection failed');
      socket.disconnect(true);
      return;
    }
    socket.on('command', (...args: unknown[]) => void onCommand(socket, args));
    socket.on('sync', (...args: unknown[]) => void onSync(socket, args));
    socket.onAny((event: unknown, ...args: unknown[]) => onUnknownEvent(socket, event, args));
  });

  const close = () =>
    new Promise<void>((resolve) => {
      broadcaster.stop();
      void io.close(() => resolve());
    });
  return {
    io,
    close,
    drain: async ({ reconnectInMs, waitMs }) => {
      const until = performance.now() + waitMs;
      while (inFlight > 0 && performance.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      io.local.emit('serverClosing', { reconnectInMs });
      await close();
    },
  };
}
