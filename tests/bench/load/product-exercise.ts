import type { ExerciseView, Scenario } from '@borderline/shared';
import {
  createExerciseOverHttp,
  joinOverHttp,
  projectorSeatOverHttp,
} from '@borderline/shared/client';
import type { Temperament } from '../../../server/src/bots/temperament';
import { nextBotGameCommands } from '../../../server/src/simulate/live-game';
import { BenchSocket, type Arrival, type SocketKind } from './bench-socket';
import {
  CommandWindow,
  countFrame,
  recordLatency,
  type Measurements,
  type ScriptStep,
} from './command-window';

export interface ExerciseOptions {
  /** Where the exercise is created (the process that owns it, in a cluster). */
  baseUrl: string;
  /**
   * Where each seat joins and connects, in turn by the order of its socket
   * (Control's first): several processes spread the seats; `[baseUrl]` unless given.
   */
  seatUrls?: readonly string[];
  scenario: Scenario;
  format: string;
  seed: number;
  playersPerTeam: number;
  temperaments: Record<string, Temperament>;
  /** The pause after each command (people read and think). */
  thinkMs: () => number;
  measurements: Measurements;
  /** Called once every socket of the exercise is connected. */
  onSeated: () => void;
}

/** One exercise as played, for the floor to replay: its sockets and its commands. */
export interface ExerciseScript {
  /** Per socket (Control's first), its kind and its first whole view's event and size. */
  kinds: SocketKind[];
  firstViews: { event: string; bytes: number }[];
  steps: ScriptStep[];
}

const ACK_TIMEOUT_MS = 20_000;

/** Waits without holding the event loop. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Plays one whole exercise against the product as a seminar does: Control,
 * `playersPerTeam` players in each team (the first leads) and the room's
 * projector, each on its own socket. Every move the other players chat in
 * their team's room, the lead drafts and then submits the bots' decision;
 * Control advances, publishes each adjudication as proposed and closes the
 * debrief. Returns the commands with the frames each one caused, for the
 * floor to replay.
 */
export async function playProductExercise(options: ExerciseOptions): Promise<ExerciseScript> {
  const { baseUrl, scenario, measurements } = options;
  const seatUrls = options.seatUrls ?? [baseUrl];
  /** The process the next socket (this many opened so far) joins and connects through. */
  const seatUrl = (opened: number) => seatUrls[opened % seatUrls.length] ?? baseUrl;
  const created = await createExerciseOverHttp(baseUrl, {
    scenarioId: scenario.id,
    settings: { seed: options.seed, format: options.format },
  });
  const { exerciseId } = created;
  let window: CommandWindow | null = null;
  const kinds: SocketKind[] = [];
  const firstViews: { event: string; bytes: number }[] = [];
  // A static face a socket lacks comes just before its first view; the floor sends both as one.
  const faceBytes: number[] = [];
  const onFrame = (received: Arrival) => {
    if (received.event === 'static') {
      faceBytes[received.socket] = (faceBytes[received.socket] ?? 0) + received.bytes;
      return;
    }
    const arrival = { ...received, bytes: received.bytes + (faceBytes[received.socket] ?? 0) };
    faceBytes[received.socket] = 0;
    const first = firstViews[arrival.socket] === undefined;
    countFrame(measurements, kinds[arrival.socket] ?? 'member', arrival, first);
    if (first) {
      // The connection's own whole view, not a command's.
      firstViews[arrival.socket] = { event: arrival.event, bytes: arrival.bytes };
      return;
    }
    window?.take(arrival);
  };
  const sockets: BenchSocket[] = [];
  const open = async (kind: SocketKind, auth: Record<string, unknown>, keepView = false) => {
    const index = sockets.length;
    kinds.push(kind);
    const socket = await BenchSocket.connect({
      url: seatUrl(index),
      auth,
      kind,
      index,
      onFrame,
      keepView,
      // Only Control's view is rebuilt (the driver reads it); the other sockets only count,
      // as on the floor, so that the harness does the same work in both runs.
      unpack: keepView,
    });
    sockets.push(socket);
    return index;
  };
  const steps: ScriptStep[] = [];
  try {
    const control = await open(
      'facilitator',
      { exerciseId, role: 'facilitator', key: created.facilitatorKey },
      true,
    );
    const teams: Record<string, number[]> = {};
    for (const team of scenario.teams) {
      teams[team.id] = [];
      for (let player = 0; player < options.playersPerTeam; player += 1) {
        const seat = await joinOverHttp(seatUrl(sockets.length), {
          joinCode: created.joinCode,
          name: `${team.id} ${player + 1}`,
          team: team.id,
        });
        const kind = player === 0 ? 'lead' : 'member';
        teams[team.id]?.push(await open(kind, { exerciseId, role: 'player', token: seat.token }));
      }
    }
    const projector = await projectorSeatOverHttp(
      seatUrl(sockets.length),
      exerciseId,
      created.facilitatorKey,
    );
    await open('projector', { exerciseId, role: 'player', token: projector.token });
    options.onSeated();

    const controlSocket = sockets[control] as BenchSocket;
    const send = async (sender: number, command: Record<string, unknown>) => {
      const full = { ...command, id: globalThis.crypto.randomUUID() };
      const current = new CommandWindow(sender, performance.now());
      window = current;
      const changed = controlSocket.nextView(ACK_TIMEOUT_MS).catch((error: unknown) => {
        measurements.errors.push(`${String(command['type'])}: ${String(error)}`);
      });
      const ack = await (sockets[sender] as BenchSocket).send(full, ACK_TIMEOUT_MS);
      if (!ack.ok) {
        measurements.errors.push(`${String(command['type'])} refused: ${ack.error?.message}`);
      }
      await changed;
      const thinkMs = options.thinkMs();
      await sleep(thinkMs);
      window = null;
      const latency = current.latency();
      if (latency !== null) recordLatency(measurements, current.sentAt, latency);
      steps.push({
        sender,
        commandBytes: Buffer.byteLength(JSON.stringify(full)),
        thinkMs,
        frames: current.groups(),
      });
    };
    const lead = (team: string) => teams[team]?.[0] ?? control;
    const temperament = (team: string) => options.temperaments[team] ?? 'balanced';
    const talked = new Set<number>();

    await send(control, { type: 'facilitator.start' });
    for (let turn = 0; turn < 2_000; turn += 1) {
      const view: ExerciseView = controlSocket.view;
      if (view.exercise.phase === 'deliberation' && !talked.has(view.exercise.move)) {
        talked.add(view.exercise.move);
        await deliberate(view, teams, send);
      }
      const next = nextBotGameCommands(scenario, view, options.seed, temperament);
      if (next === null) return { kinds, firstViews, steps };
      for (const { team, command } of next) {
        await send(team === null ? control : lead(team), command);
      }
    }
    throw new Error('the exercise did not end');
  } finally {
    for (const socket of sockets) {
      measurements.errors.push(...socket.problems.map((problem) => `${socket.kind}: ${problem}`));
      socket.close();
    }
  }
}

/** Each team talks in its room and its lead drafts, before Control closes the discussion. */
async function deliberate(
  view: ExerciseView,
  teams: Record<string, number[]>,
  send: (sender: number, command: Record<string, unknown>) => Promise<void>,
): Promise<void> {
  for (const [team, members] of Object.entries(teams)) {
    const [leader, ...others] = members;
    for (const member of others.slice(0, 2)) {
      await send(member, {
        type: 'chat.send',
        channel: `team:${team}`,
        text: `Move ${view.exercise.move}: I think we should keep our options open.`,
      });
    }
    if (leader !== undefined) {
      await send(leader, {
        type: 'team.updateDraft',
        draft: { kind: 'hold', rationale: 'Wait for the others to show their hand.' },
      });
    }
  }
}
