import { afterAll, describe, expect, it } from 'vitest';
import { runGame } from '../../../server/src/simulate/run-game';
import { analyseWhatIf, type WhatIfOptions } from '../../../server/src/what-if';
import { WhatIfThread } from '../../../server/src/what-if/what-if-thread';
import { fixture } from '../../fixtures/engine/fixture-scenario';

const SEED = 3;
const played = runGame(fixture, { seed: SEED });
const events = played.log.map((entry) => entry.event);
const input = { seed: SEED, config: { skipPractice: false } };
const options: WhatIfOptions = { continuations: 10, pilot: 3, rolls: 2, decisionsPerTeam: 1 };

describe('the what-if thread', () => {
  const thread = new WhatIfThread();
  afterAll(() => thread.stop());

  it('computes on its worker exactly what the analysis computes in place', async () => {
    const result = await thread.run({ scenario: fixture, input, events, options });
    expect(result.analysis).not.toBeNull();
    expect(result.analysis).toEqual(analyseWhatIf(fixture, input, events, options));
    expect(result.durationMs).toBeGreaterThan(0);
  }, 60_000);

  it('answers a task that throws with its error, and goes on with the next', async () => {
    const broken = { scenario: fixture, input, events: [{ type: 'no.such-event' }], options };
    // @ts-expect-error an event the engine does not know, as a corrupt log would hold
    await expect(thread.run(broken)).rejects.toThrow();
    const again = await thread.run({ scenario: fixture, input, events, options });
    expect(again.analysis?.playedEnding).toBe(played.context.ending?.id);
  }, 60_000);

  it('leaves the event loop free while it computes', async () => {
    let turns = 0;
    const ticking = setInterval(() => (turns += 1), 1);
    const heavy = { ...options, continuations: 60, pilot: 10 };
    const started = performance.now();
    await thread.run({ scenario: fixture, input, events, options: heavy });
    const elapsed = performance.now() - started;
    clearInterval(ticking);
    // Computed on the main thread, the interval could not have run at all.
    expect(turns).toBeGreaterThan(Math.min(20, elapsed / 4));
  }, 60_000);

  it('fails, once stopped, the tasks it still holds', async () => {
    const other = new WhatIfThread();
    const pending = other.run({ scenario: fixture, input, events, options });
    const refused = expect(pending).rejects.toThrow(/stopped/);
    await other.stop();
    await refused;
  });
});
