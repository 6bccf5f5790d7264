import {
  PACK_THRESHOLD_BYTES,
  mayReadChannel,
  recipientClass,
  scenarioKey,
  splitView,
  type ChatMessage,
  type Recipient,
  type PackedFrame,
  type PatchFrame,
  type SharedView,
  type ViewFrame,
} from '@borderline/shared';
import { deflateRawSync } from 'node:zlib';
import jsonPatch from 'fast-json-patch';
import type { ExerciseChange, ExerciseService } from '../exercises';
import type { Logger } from '../logger';
import { project, projectPersonal } from '../projection';
import type { ProjectionInput } from '../projection';
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

/** The shared view one recipient class last received, and the number of its last patch. */
interface ClassStream {
  seq: number;
  view: SharedView;
}

const REMOVED_REASON = 'Control removed you from this exercise.';

/** Where frames go: one socket, or a room (socket.io encodes a room's frame once). */
interface FrameTarget {
  emit(event: 'view', frame: ViewFrame): boolean;
  emit(event: 'patch', frame: PatchFrame): boolean;
  emit(event: 'packed', data: Uint8Array): boolean;
}

/** Sends a frame as it is, or deflated once when it is large (see PackedFrame). */
function sendFrame(target: FrameTarget, packed: PackedFrame): void {
  const json = JSON.stringify(packed);
  if (json.length > PACK_THRESHOLD_BYTES) {
    target.emit('packed', deflateRawSync(json));
  } else if (packed.event === 'view') {
    target.emit('view', packed.frame);
  } else {
    target.emit('patch', packed.frame);
  }
}

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
 * messages it may read. A socket receives a whole view only when it
 * connects, asks for one (`sync`), or is moved to another class.
 */
export class ViewBroadcaster {
  private pending = new Map<string, PendingChanges>();
  private readonly streams = new Map<string, Map<string, ClassStream>>();
  private scheduled: NodeJS.Immediate | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly io: TransportServer,
    private readonly service: ExerciseService,
    private readonly logger: Logger,
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
    this.pending.clear();
    this.streams.clear();
  }

  /** A new socket joins its class's room and receives its whole view. */
  connected(socket: TransportSocket): void {
    const input = this.service.projectionInput(socket.data.exerciseId);
    sendFrame(socket, {
      event: 'view',
      frame: this.enter(socket, input, socket.data.heldScenarios),
    });
  }

  /** The whole view again, for `sync`. */
  currentFrame(socket: TransportSocket, heldScenarios: readonly string[]): ViewFrame {
    return this.frameFor(
      socket,
      this.service.projectionInput(socket.data.exerciseId),
      heldScenarios,
    );
  }

  /** Forgets a class's stream once its last socket has gone. */
  disconnected(socket: TransportSocket): void {
    const { exerciseId, viewClass } = socket.data;
    if (viewClass !== null) this.dropIfEmpty(exerciseId, viewClass);
  }

  private enter(
    socket: TransportSocket,
    input: ProjectionInput,
    heldScenarios: readonly string[],
  ): ViewFrame {
    const viewClass = recipientClass(socket.data.recipient);
    socket.data.viewClass = viewClass;
    void socket.join(classRoom(socket.data.exerciseId, viewClass));
    return this.frameFor(socket, input, heldScenarios);
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
  ): ViewFrame {
    const { exerciseId, recipient } = socket.data;
    const parts = splitView(project(input, recipient));
    const stream = this.streamOf(exerciseId, recipientClass(recipient), parts.view);
    const personal = JSON.stringify(parts.personal);
    socket.data.personal = personal;
    const key = scenarioKey(parts.scenario.id, parts.scenario.version);
    return {
      seq: stream.seq,
      serverTime: input.now ?? Date.now(),
      view: stream.view,
      personal: parts.personal,
      chat: parts.chat,
      scenario: heldScenarios.includes(key) ? null : parts.scenario,
    };
  }

  private streamOf(exerciseId: string, viewClass: string, view: SharedView): ClassStream {
    let classes = this.streams.get(exerciseId);
    if (classes === undefined) {
      classes = new Map();
      this.streams.set(exerciseId, classes);
    }
    let stream = classes.get(viewClass);
    if (stream === undefined) {
      stream = { seq: 0, view };
      classes.set(viewClass, stream);
    }
    return stream;
  }

  private dropIfEmpty(exerciseId: string, viewClass: string): void {
    const room = this.io.sockets.adapter.rooms.get(classRoom(exerciseId, viewClass));
    if (room !== undefined && room.size > 0) return;
    const classes = this.streams.get(exerciseId);
    classes?.delete(viewClass);
    if (classes?.size === 0) this.streams.delete(exerciseId);
  }

  private onChange(exerciseId: string, change: ExerciseChange): void {
    if (change.kind === 'deleted') {
      this.pending.delete(exerciseId);
      this.streams.delete(exerciseId);
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
      try {
        this.flushExercise(exerciseId, changes);
      } catch (error) {
        this.logger.error({ exerciseId, err: error }, 'updates could not be sent');
      }
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
    const sockets = this.socketsOf(exerciseId).filter(
      (socket) => socket.data.viewClass !== null && this.reseat(socket),
    );
    if (sockets.length === 0) return;
    const input = this.service.projectionInput(exerciseId);
    const serverTime = input.now ?? Date.now();
    // One recipient stands for its class; a player moved to another class gets a whole view.
    const classes = new Map<string, Recipient>();
    const moved: TransportSocket[] = [];
    for (const socket of sockets) {
      const viewClass = recipientClass(socket.data.recipient);
      if (viewClass !== socket.data.viewClass) moved.push(socket);
      if (!classes.has(viewClass)) classes.set(viewClass, socket.data.recipient);
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
      sendFrame(socket, {
        event: 'view',
        frame: this.enter(socket, input, socket.data.heldScenarios),
      });
    }
    for (const socket of sockets) {
      if (!moved.includes(socket)) this.sendPersonal(socket, input);
    }
  }

  private patchClass(
    exerciseId: string,
    viewClass: string,
    input: ProjectionInput,
    recipient: Recipient,
    serverTime: number,
  ): void {
    const next = splitView(project(input, recipient)).view;
    const held = this.streams.get(exerciseId)?.get(viewClass);
    if (held === undefined) {
      this.streamOf(exerciseId, viewClass, next);
      return;
    }
    const ops = jsonPatch.compare(held.view, next);
    if (ops.length === 0) return;
    held.seq += 1;
    held.view = next;
    sendFrame(this.io.to(classRoom(exerciseId, viewClass)), {
      event: 'patch',
      frame: { seq: held.seq, serverTime, ops },
    });
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
          this.io.to(classRoom(exerciseId, viewClass)).emit('chat', message);
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
