import { mayReadChannel, type ChatMessage, type ExerciseView } from '@borderline/shared';
import type { ExerciseChange, ExerciseService } from '../exercises';
import type { Logger } from '../logger';
import { diffNotices, project } from '../projection';
import type { ProjectionInput } from '../projection';
import { exerciseRoom, type TransportServer, type TransportSocket } from './socket-types';

/** What happened to an exercise since its last flush. */
interface PendingChanges {
  chatIds: string[];
}

const REMOVED_REASON = 'Control removed you from this exercise.';

/** The view without its clock readings: two views with the same fingerprint say the same. */
function fingerprint(view: ExerciseView): string {
  const { timer } = view.exercise;
  return JSON.stringify({
    ...view,
    exercise: {
      ...view.exercise,
      serverTime: null,
      timer: timer === null ? null : { ...timer, remainingMs: null },
    },
  });
}

/**
 * Turns the service's changes into what each socket receives. Changes are
 * gathered and flushed once per turn of the event loop, so a burst (a
 * command, the phase it opens, a bot's answer) becomes one view per socket.
 * A flush re-reads every player's seat (Control may have moved or removed
 * it), computes each recipient's view with the one projection function,
 * sends `chat` for the new messages the recipient may read, then the view
 * if it differs from the last one sent, then the notices derived from the
 * two views.
 */
export class ViewBroadcaster {
  private pending = new Map<string, PendingChanges>();
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
  }

  /** The socket's current view, sent at once (on connection); no notices for a first view. */
  sendCurrentView(socket: TransportSocket): void {
    this.deliver(socket, this.viewFor(socket));
  }

  /**
   * The socket's current view, for `sync`. It does not count as pushed: the
   * next change still sends its view and its notices (a sync between a
   * change and its flush must not swallow a notice).
   */
  currentView(socket: TransportSocket): ExerciseView {
    return this.viewFor(socket);
  }

  private viewFor(socket: TransportSocket): ExerciseView {
    const { exerciseId, recipient } = socket.data;
    return project(this.service.projectionInput(exerciseId), recipient);
  }

  private onChange(exerciseId: string, change: ExerciseChange): void {
    if (change.kind === 'deleted') {
      this.pending.delete(exerciseId);
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
        this.logger.error({ exerciseId, err: error }, 'views could not be sent');
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
    if (!this.service.exerciseIds().includes(exerciseId)) return;
    const sockets = this.socketsOf(exerciseId).filter((socket) => this.reseat(socket));
    if (sockets.length === 0) return;
    const input: ProjectionInput = this.service.projectionInput(exerciseId);
    const wanted = new Set(changes.chatIds);
    const messages: ChatMessage[] =
      wanted.size === 0 ? [] : input.chat.filter((message) => wanted.has(message.id));
    const views = new Map<string, ExerciseView>();
    for (const socket of sockets) {
      const { recipient } = socket.data;
      const key = JSON.stringify(recipient);
      let view = views.get(key);
      if (view === undefined) {
        view = project(input, recipient);
        views.set(key, view);
      }
      for (const message of messages) {
        if (mayReadChannel(input.scenario, recipient, message.channel)) {
          socket.emit('chat', message);
        }
      }
      this.deliver(socket, view);
    }
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

  /** Sends the view if it says something new, then the notices it gives rise to. */
  private deliver(socket: TransportSocket, view: ExerciseView): void {
    const print = fingerprint(view);
    if (print === socket.data.fingerprint) return;
    const previous = socket.data.view;
    socket.data.view = view;
    socket.data.fingerprint = print;
    socket.emit('view', view);
    for (const notice of diffNotices(previous, view)) socket.emit('notice', notice);
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
