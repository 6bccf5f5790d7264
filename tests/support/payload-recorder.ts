import type { Recipient } from '@borderline/shared';
import { unpackFrame, type HeadlessClient } from '@borderline/shared/client';
import type { ExerciseContext } from '../../server/src/engine';

/**
 * Everything one socket received, reduced to the distinct strings it held
 * (every string value and every key, as JSON, so `"card-id"` matches an id
 * exactly and escaped prose matches inside a text), each with the engine's
 * state when it first arrived. A view repeats most of the previous one, so
 * this is small enough to search for every secret, while no payload is
 * skipped.
 */
export class PayloadRecorder {
  /** JSON string → the state when it first arrived. */
  readonly firstSeen = new Map<string, ExerciseContext>();
  payloads = 0;
  readonly events = new Map<string, number>();

  constructor(
    readonly recipient: Recipient,
    private readonly stateNow: () => ExerciseContext,
  ) {}

  /** Records the view the client already has, then every event it receives. */
  attach(client: HeadlessClient): void {
    this.take('view', client.view);
    client.socket.onAny((event: string, ...args: unknown[]) => {
      // A packed frame is searched as the frame it holds.
      if (event === 'packed') {
        const packed = unpackFrame(args[0] as Uint8Array);
        this.take(packed.event, packed.frame);
      } else {
        this.take(event, args[0]);
      }
    });
  }

  take(event: string, payload: unknown): void {
    this.payloads += 1;
    this.events.set(event, (this.events.get(event) ?? 0) + 1);
    const context = this.stateNow();
    const visit = (value: unknown): void => {
      if (typeof value === 'string') {
        const json = JSON.stringify(value);
        if (!this.firstSeen.has(json)) this.firstSeen.set(json, context);
      } else if (Array.isArray(value)) {
        for (const item of value) visit(item);
      } else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) {
          visit(key);
          visit(item);
        }
      }
    };
    visit(payload);
  }

  /** The strings first received in each state, joined: one text per state to search. */
  byState(): Map<ExerciseContext, string> {
    const grouped = new Map<ExerciseContext, string[]>();
    for (const [json, context] of this.firstSeen) {
      const list = grouped.get(context) ?? [];
      list.push(json);
      grouped.set(context, list);
    }
    return new Map([...grouped].map(([context, list]) => [context, list.join('\n')]));
  }

  /** Everything received, joined. */
  all(): string {
    return [...this.firstSeen.keys()].join('\n');
  }
}
