import {
  deskKey,
  mayReadChannel,
  recipientClass,
  scenarioKey,
  splitView,
  type ChatMessage,
  type Recipient,
  type ViewFrame,
} from '@borderline/shared';
import jsonPatch from 'fast-json-patch';
import type { ExerciseChange, ExerciseService } from '../exercises';
import type { Logger } from '../logger';
import { project, projectPersonal } from '../projection';
import type { ProjectionInput } from '../projection';
import { ClassStreams, type ClassStream } from './class-streams';
import { emitFrame, packNow, packOffLoop } from './pack-frame';
import { PresenceBatch } from './presence-batch';
import { StaticFaces } from './static-faces';
import {
  classRoom,
  exerciseRoom,
  type TransportServer,
  type TransportSocket,
} from './socket-types';

/** What happened to an exercise since its last flush. */
interface PendingChanges {
  chatIds: string[];
}

const REMOVED_REASON = 'Control removed you from this exercise.';

/** Tries at a first view off the event loop before it is packed on it. */
const FIRST_VIEW_ATTEMPTS = 3;

/**
 * Turns the service's changes into what each socket receives. Changes are
 * gathered and flushed once per turn of the event loop, so a burst (a
 * command, the phase it opens, a bot's answer) becomes one update.
 *
 * Every recipient of one class (Control, a team, the observers) sees the
 * same shared view, so a flush projects once per class, diffs the result
 * against what the class last received and sends the JSON patch to the
 * class's room: socket.io encodes it once for all the room's sockets. Each
 * socket then gets its personal part if that changed, and the new chat
 * messages it may read. Sent to this process's sockets only (`io.local`):
 * every socket of an exercise is on its owner, relayed ones included, so
 * nothing goes through the Redis adapter to the other processes. A socket receives a whole view only when it
 * connects, asks for one (`sync`), or is moved to another class.
 */
export class ViewBroadcaster {
  private pending = new Map<string, PendingChanges>();
  private readonly streams = new ClassStreams();
  private readonly faces = new StaticFaces();
  private scheduled: NodeJS.Immediate | null = null;
  private readonly presence = new PresenceBatch((exerciseId) =>
    this.onChange(exerciseId, { kind: 'roster' }),
  );
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly io: TransportServer,
    private readonly service: ExerciseService,
    private readonly logger: Logger,
    /** When writes land later (PostgreSQL): a change is sent only once it is durable. */
    private readonly durable?: (exerciseId: string) => Promise<void>,
  ) {}

  start(): void {
    this.unsubscribe ??= this.service.onChange((exerciseId, change) =>
      this.onChange(exerciseId, change),
    );
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.scheduled !== null) clearImmediate(this.scheduled);
    this.scheduled = null;
    this.presence.clear();
    this.pending.clear();
    this.streams.clear();
  }

  /** A new socket receives its whole view, then joins its class's room. */
  connected(socket: TransportSocket): void {
    const stored = this.durable?.(socket.data.exerciseId) ?? Promise.resolve();
    stored
      .then(() => this.sendFirstView(socket, 1))
      .catch((error: unknown) => {
        this.logger.error(
          { exerciseId: socket.data.exerciseId, err: error },
          'first view not sent',
        );
        socket.disconnect(true);
      });
  }

  /**
   * The first whole view is deflated off the event loop (see packOffLoop).
   * The socket joins its class's room only as the view goes out, so no patch
   * reaches it before its view; if the exercise was flushed meanwhile (a
   * patch, a chat message or a personal change the view does not hold), the
   * view is made again. After a few tries it is packed on the loop, where
   * nothing can come between.
   */
  private async sendFirstView(socket: TransportSocket, attempt: number): Promise<void> {
    const { exerciseId } = socket.data;
    const flushed = this.streams.flushCount(exerciseId);
    const viewClass = recipientClass(socket.data.recipient);
    const made = this.frameFor(
      socket,
      this.service.projectionInput(exerciseId),
      socket.data.heldScenarios,
    );
    const { stream } = made;
    const { frame, faces } = this.facesApart(made.frame);
    const offLoop = attempt < FIRST_VIEW_ATTEMPTS;
    const wire = offLoop
      ? await packOffLoop({ event: 'view', frame })
      : packNow({ event: 'view', frame });
    if (socket.disconnected) return;
    const unchanged =
      this.streams.flushCount(exerciseId) === flushed &&
      this.streams.get(exerciseId, viewClass) === stream &&
      recipientClass(socket.data.recipient) === viewClass;
    if (!unchanged) return this.sendFirstView(socket, attempt + 1);
    socket.data.viewClass = viewClass;
    void socket.join(classRoom(exerciseId, viewClass));
    for (const bytes of faces) socket.emit('static', bytes);
    emitFrame(socket, wire);
  }

  /** The faces a whole view carries, as their cached bytes, and the view without them. */
  private facesApart(frame: ViewFrame): { frame: ViewFrame; faces: Uint8Array[] } {
    const { id, version } = frame.view.scenario;
    const faces: Uint8Array[] = [];
    if (frame.scenario !== null) {
      faces.push(this.faces.bytes(scenarioKey(id, version), frame.scenario));
    }
    if (frame.desk !== null) faces.push(this.faces.bytes(deskKey(id, version), frame.desk));
    return { frame: { ...frame, scenario: null, desk: null }, faces };
  }

  /** The whole view again, for `sync`. */
  currentFrame(socket: TransportSocket, heldScenarios: readonly string[]): ViewFrame {
    return this.frameFor(
      socket,
      this.service.projectionInput(socket.data.exerciseId),
      heldScenarios,
    ).frame;
  }

  /** Forgets a class's stream once its last socket has gone. */
  disconnected(socket: TransportSocket): void {
    const { exerciseId, viewClass } = socket.data;
    if (viewClass !== null) this.dropIfEmpty(exerciseId, viewClass);
  }

  /** A socket moved to another class: its new room and whole view, at once. */
  private enter(socket: TransportSocket, input: ProjectionInput): void {
    const viewClass = recipientClass(socket.data.recipient);
    socket.data.viewClass = viewClass;
    void socket.join(classRoom(socket.data.exerciseId, viewClass));
    const { frame } = this.frameFor(socket, input, socket.data.heldScenarios);
    emitFrame(socket, packNow({ event: 'view', frame }));
  }

  /**
   * A whole view: the class's shared view exactly as its last patch left it
   * (so that the next patch applies; a pending flush brings it up to date),
   * with the recipient's own part and chat as of now.
   */
  private frameFor(
    socket: TransportSocket,
    input: ProjectionInput,
    heldScenarios: readonly string[],
  ): { frame: ViewFrame; stream: ClassStream } {
    const { exerciseId, recipient } = socket.data;
    const parts = splitView(project(input, recipient));
    const stream = this.streams.open(exerciseId, recipientClass(recipient), parts.view);
    const personal = JSON.stringify(parts.personal);
    socket.data.personal = personal;
    const { id, version } = parts.scenario;
    const frame = {
      seq: stream.seq,
      serverTime: input.now ?? Date.now(),
      view: stream.view,
      personal: parts.personal,
      chat: parts.chat,
      scenario: heldScenarios.includes(scenarioKey(id, version)) ? null : parts.scenario,
      desk: parts.desk === null || heldScenarios.includes(deskKey(id, version)) ? null : parts.desk,
    };
    return { frame, stream };
  }

  private dropIfEmpty(exerciseId: string, viewClass: string): void {
    const room = this.io.sockets.adapter.rooms.get(classRoom(exerciseId, viewClass));
    if (room !== undefined && room.size > 0) return;
    this.streams.close(exerciseId, viewClass);
  }

  private onChange(exerciseId: string, change: ExerciseChange): void {
    if (change.kind === 'presence') {
      // Unless a flush of the exercise is already due, presence waits for its batch.
      if (!this.pending.has(exerciseId)) this.presence.wait(exerciseId);
      return;
    }
    this.presence.cancel(exerciseId);
    if (change.kind === 'deleted') {
      this.pending.delete(exerciseId);
      this.streams.forget(exerciseId);
      this.closeExercise(exerciseId);
      return;
    }
    let changes = this.pending.get(exerciseId);
    if (changes === undefined) {
      changes = { chatIds: [] };
      this.pending.set(exerciseId, changes);
    }
    if (change.kind === 'chat') changes.chatIds.push(change.messageId);
    this.scheduled ??= setImmediate(() => this.flush());
  }

  private flush(): void {
    this.scheduled = null;
    const batch = this.pending;
    this.pending = new Map();
    for (const [exerciseId, changes] of batch) {
      if (this.durable === undefined) {
        this.flushSafely(exerciseId, changes);
        continue;
      }
      // A change not stored is never shown: if its write fails, the exercise's
      // sockets are closed by its owner's loss and see the stored state elsewhere.
      this.durable(exerciseId).then(
        () => this.flushSafely(exerciseId, changes),
        () => undefined,
      );
    }
  }

  private flushSafely(exerciseId: string, changes: PendingChanges): void {
    try {
      this.flushExercise(exerciseId, changes);
    } catch (error) {
      this.logger.error({ exerciseId, err: error }, 'updates could not be sent');
    }
  }

  private socketsOf(exerciseId: string): TransportSocket[] {
    const ids = this.io.sockets.adapter.rooms.get(exerciseRoom(exerciseId)) ?? new Set<string>();
    return [...ids].flatMap((id) => {
      const socket = this.io.sockets.sockets.get(id);
      return socket === undefined ? [] : [socket];
    });
  }

  private flushExercise(exerciseId: string, changes: PendingChanges): void {
    if (!this.service.isLoaded(exerciseId)) return;
    this.streams.flushed(exerciseId);
    const sockets = this.socketsOf(exerciseId).filter((socket) => this.reseat(socket));
    if (sockets.length === 0) return;
    const input = this.service.projectionInput(exerciseId);
    const serverTime = input.now ?? Date.now();
    // One recipient stands for its class; a player moved to another class gets a whole view.
    // A socket still waiting for its first view keeps its class's stream current too.
    const classes = new Map<string, Recipient>();
    const moved: TransportSocket[] = [];
    const viewing: TransportSocket[] = [];
    for (const socket of sockets) {
      const viewClass = recipientClass(socket.data.recipient);
      if (!classes.has(viewClass)) classes.set(viewClass, socket.data.recipient);
      if (socket.data.viewClass === null) continue;
      if (viewClass === socket.data.viewClass) viewing.push(socket);
      else moved.push(socket);
    }
    for (const [viewClass, recipient] of classes) {
      this.patchClass(exerciseId, viewClass, input, recipient, serverTime);
    }
    this.sendChat(exerciseId, input, classes, changes.chatIds);
    for (const socket of moved) {
      const left = socket.data.viewClass;
      if (left !== null) {
        void socket.leave(classRoom(exerciseId, left));
        this.dropIfEmpty(exerciseId, left);
      }
      this.enter(socket, input);
    }
    for (const socket of viewing) this.sendPersonal(socket, input);
  }

  private patchClass(
    exerciseId: string,
    viewClass: string,
    input: ProjectionInput,
    recipient: Recipient,
    serverTime: number,
  ): void {
    const next = splitView(project(input, recipient)).view;
    const held = this.streams.get(exerciseId, viewClass);
    if (held === undefined) {
      this.streams.open(exerciseId, viewClass, next);
      return;
    }
    const ops = jsonPatch.compare(held.view, next);
    if (ops.length === 0) return;
    held.seq += 1;
    held.view = next;
    emitFrame(
      this.io.local.to(classRoom(exerciseId, viewClass)),
      packNow({ event: 'patch', frame: { seq: held.seq, serverTime, ops } }),
    );
  }

  private sendChat(
    exerciseId: string,
    input: ProjectionInput,
    classes: ReadonlyMap<string, Recipient>,
    chatIds: readonly string[],
  ): void {
    if (chatIds.length === 0) return;
    const wanted = new Set(chatIds);
    const messages: ChatMessage[] = input.chat.filter((message) => wanted.has(message.id));
    for (const message of messages) {
      for (const [viewClass, recipient] of classes) {
        if (mayReadChannel(input.scenario, recipient, message.channel)) {
          this.io.local.to(classRoom(exerciseId, viewClass)).emit('chat', message);
        }
      }
    }
  }

  private sendPersonal(socket: TransportSocket, input: ProjectionInput): void {
    const personal = projectPersonal(input, socket.data.recipient);
    const print = JSON.stringify(personal);
    if (print === socket.data.personal) return;
    socket.data.personal = print;
    socket.emit('personal', personal);
  }

  /** Follows a player's seat: a new recipient if Control moved it; false (and closed) if removed. */
  private reseat(socket: TransportSocket): boolean {
    const { exerciseId, sender } = socket.data;
    if (sender.kind !== 'player') return true;
    const seat = this.service.player(exerciseId, sender.playerId);
    if (seat === undefined) {
      this.logger.info({ exerciseId, player: sender.playerId, socket: socket.id }, 'seat removed');
      socket.emit('seatRemoved', { reason: REMOVED_REASON });
      socket.disconnect(true);
      return false;
    }
    socket.data.recipient = this.service.recipient(exerciseId, sender.playerId);
    return true;
  }

  private closeExercise(exerciseId: string): void {
    const sockets = this.socketsOf(exerciseId);
    for (const socket of sockets) {
      socket.emit('exerciseDeleted');
      socket.disconnect(true);
    }
    this.logger.info({ exerciseId, sockets: sockets.length }, 'exercise deleted; sockets closed');
  }
}
