import type { Arrival, SocketKind } from './bench-socket';

/** What a command made the server send, as the floor replays it: frames of one size to sockets. */
export interface FrameGroup {
  event: string;
  bytes: number;
  sockets: number[];
}

/** One command of a played exercise, for the floor to replay with the same bytes and pace. */
export interface ScriptStep {
  sender: number;
  commandBytes: number;
  /** The wait after this command, before the next one. */
  thinkMs: number;
  frames: FrameGroup[];
}

/** Everything the benchmark measures, over every exercise of one run. */
export interface Measurements {
  /** Command sent → every other socket of the exercise has received its first frame after it. */
  latencies: number[];
  /** The same latencies, for commands sent once every exercise of the run was seated. */
  steadyLatencies: number[];
  /** When the last exercise of the run had all its sockets connected (performance.now()). */
  allSeatedAt: number | null;
  /** The bytes of each update (patch, personal part, chat message) by recipient kind. */
  updateBytes: Record<SocketKind, number[]>;
  /** The bytes of each whole view (first view, resync, class change), by recipient kind. */
  viewBytes: Record<SocketKind, number[]>;
  errors: string[];
}

export function emptyMeasurements(): Measurements {
  const perKind = () => ({ facilitator: [], lead: [], member: [], projector: [] });
  return {
    latencies: [],
    steadyLatencies: [],
    allSeatedAt: null,
    updateBytes: perKind(),
    viewBytes: perKind(),
    errors: [],
  };
}

/** Files a command's latency, and under the steady state when every exercise was seated before it. */
export function recordLatency(measurements: Measurements, sentAt: number, latency: number): void {
  measurements.latencies.push(latency);
  const seated = measurements.allSeatedAt;
  if (seated !== null && sentAt >= seated) measurements.steadyLatencies.push(latency);
}

/**
 * The frames that arrive between one command and the next of the same
 * exercise belong to that command: the driver waits for Control to see the
 * change and then thinks, so the next command never overlaps the last one's
 * broadcast (unless the server is late by more than the think time, which
 * then shows as latency anyway).
 */
export class CommandWindow {
  private readonly firstArrival = new Map<number, number>();
  private readonly frames: Arrival[] = [];

  constructor(
    readonly sender: number,
    readonly sentAt: number,
  ) {}

  take(arrival: Arrival): void {
    this.frames.push(arrival);
    if (!this.firstArrival.has(arrival.socket)) this.firstArrival.set(arrival.socket, arrival.at);
  }

  /** Until the last socket other than the sender had its first frame; null if none received any. */
  latency(): number | null {
    let last: number | null = null;
    for (const [socket, at] of this.firstArrival) {
      if (socket === this.sender) continue;
      last = last === null ? at : Math.max(last, at);
    }
    return last === null ? null : last - this.sentAt;
  }

  /** The frames grouped as the floor sends them: one group per event and size. */
  groups(): FrameGroup[] {
    const groups = new Map<string, FrameGroup>();
    for (const frame of this.frames) {
      const key = `${frame.event}:${frame.bytes}`;
      const group = groups.get(key) ?? { event: frame.event, bytes: frame.bytes, sockets: [] };
      group.sockets.push(frame.socket);
      groups.set(key, group);
    }
    return [...groups.values()];
  }
}

/**
 * Files each frame's size under its recipient's kind: a socket's first frame
 * and any later `view` are whole views; the rest (patches, packed patches,
 * personal parts, chat) are updates.
 */
export function countFrame(
  measurements: Measurements,
  kind: SocketKind,
  arrival: Arrival,
  first: boolean,
): void {
  const whole = first || arrival.event === 'view';
  (whole ? measurements.viewBytes : measurements.updateBytes)[kind].push(arrival.bytes);
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
