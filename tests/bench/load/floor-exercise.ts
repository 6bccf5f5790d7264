import { BenchSocket, type Arrival } from './bench-socket';
import { CommandWindow, countFrame, recordLatency, type Measurements } from './command-window';
import type { ExerciseScript } from './product-exercise';
import { sleep } from './product-exercise';

const ACK_TIMEOUT_MS = 20_000;

/**
 * Replays one exercise the product played against the bare floor server:
 * the same sockets, the same commands from the same seats at the same pace,
 * and the same frames (sizes and recipients) in answer, measured the same way.
 */
export async function replayOnFloor(
  baseUrl: string,
  exercise: string,
  script: ExerciseScript,
  measurements: Measurements,
  onSeated: () => void,
): Promise<void> {
  let window: CommandWindow | null = null;
  const seen = new Set<number>();
  let controlHeard: (() => void) | null = null;
  const onFrame = (arrival: Arrival) => {
    const first = !seen.has(arrival.socket);
    countFrame(measurements, script.kinds[arrival.socket] ?? 'member', arrival, first);
    if (first) {
      seen.add(arrival.socket);
      return;
    }
    window?.take(arrival);
    if (arrival.socket === 0) controlHeard?.();
  };
  const sockets: BenchSocket[] = [];
  try {
    for (const [index, kind] of script.kinds.entries()) {
      sockets.push(
        await BenchSocket.connect({
          url: baseUrl,
          auth: {
            exercise,
            seat: index,
            firstViewEvent: script.firstViews[index]?.event ?? 'view',
            firstViewBytes: script.firstViews[index]?.bytes ?? 0,
          },
          kind,
          index,
          onFrame,
        }),
      );
    }
    onSeated();
    for (const step of script.steps) {
      const current = new CommandWindow(step.sender, performance.now());
      window = current;
      const toControl = step.frames.some((group) => group.sockets.includes(0));
      const heard = toControl
        ? new Promise<void>((resolve) => (controlHeard = resolve))
        : Promise.resolve();
      const frames = step.frames;
      const envelope = Buffer.byteLength(JSON.stringify({ frames, pad: '' }));
      const pad = 'x'.repeat(Math.max(0, step.commandBytes - envelope));
      const ack = await (sockets[step.sender] as BenchSocket).send({ frames, pad }, ACK_TIMEOUT_MS);
      if (!ack.ok) measurements.errors.push(`floor command refused: ${ack.error?.message}`);
      await Promise.race([heard, sleep(ACK_TIMEOUT_MS)]);
      controlHeard = null;
      await sleep(step.thinkMs);
      window = null;
      const latency = current.latency();
      if (latency !== null) recordLatency(measurements, current.sentAt, latency);
    }
  } finally {
    for (const socket of sockets) {
      measurements.errors.push(
        ...socket.problems.map((problem) => `floor ${socket.kind}: ${problem}`),
      );
      socket.close();
    }
  }
}
