import { describe, expect, it } from 'vitest';
import {
  ExerciseOwnership,
  type LeaseKeeper,
  type MirrorControl,
  type OwnedService,
} from '../../../server/src/cluster/exercise-ownership';
import type { AcquireResult } from '../../../server/src/cluster/lease-book';
import { createLogger } from '../../../server/src/logger';

const ME = 'http://10.0.0.1:3000';

/** Leases as one process sees them: `others` are held elsewhere, at their address. */
function fakeLeases(others: Map<string, { owner: string; address: string }>) {
  const held = new Map<string, number>();
  const calls: string[] = [];
  let lostOnRenewal: string[] = [];
  let orphans: string[] = [];
  const leases: LeaseKeeper = {
    address: ME,
    processId: 'me',
    acquire: (id) => {
      calls.push(`acquire ${id}`);
      const other = others.get(id);
      const result: AcquireResult =
        other === undefined
          ? { acquired: true, token: 7 }
          : { acquired: false, holder: { ...other, live: true } };
      if (result.acquired) held.set(id, 7);
      return Promise.resolve(result);
    },
    release: (id) => {
      calls.push(`release ${id}`);
      held.delete(id);
      return Promise.resolve();
    },
    releaseAll: () => Promise.resolve(),
    renewAll: () => {
      const lost = lostOnRenewal.filter((id) => held.delete(id));
      lostOnRenewal = [];
      return Promise.resolve(lost);
    },
    holds: (id) => held.has(id),
    heldIds: () => [...held.keys()],
    drop: (id) => {
      held.delete(id);
    },
    orphans: () => Promise.resolve(orphans.splice(0)),
  };
  return {
    leases,
    calls,
    loseOnNextRenewal: (id: string) => (lostOnRenewal = [id]),
    setOrphans: (ids: string[]) => (orphans = ids),
  };
}

function setUp(
  options: { stored?: string[]; others?: Map<string, { owner: string; address: string }> } = {},
) {
  const stored = new Set(options.stored ?? ['ex-1']);
  const lease = fakeLeases(options.others ?? new Map());
  const inMemory = new Set<string>();
  const mirror: MirrorControl = {
    preload: (id) => {
      if (stored.has(id)) inMemory.add(id);
      return Promise.resolve(stored.has(id));
    },
    holds: (id) => inMemory.has(id),
    forget: (id) => {
      inMemory.delete(id);
    },
  };
  const running = new Set<string>();
  const events: string[] = [];
  const service: OwnedService = {
    restoreOne: (id) => {
      events.push(`restore ${id}`);
      running.add(id);
      return true;
    },
    unload: (id) => {
      events.push(`unload ${id}`);
      running.delete(id);
    },
    isLoaded: (id) => running.has(id),
  };
  const ownership = new ExerciseOwnership({
    leases: lease.leases,
    mirror,
    service,
    logger: createLogger('silent'),
    exists: (id) => Promise.resolve(stored.has(id)),
  });
  return { ownership, lease, inMemory, running, events };
}

describe('the ownership of exercises among processes', () => {
  it('takes a stored exercise nobody owns: its lease, then its data, then its engine, once', async () => {
    const { ownership, lease, events, inMemory } = setUp();
    const owned: string[] = [];
    ownership.onOwned((id) => owned.push(id));
    const [first, second] = await Promise.all([ownership.route('ex-1'), ownership.route('ex-1')]);
    expect(first).toEqual({ kind: 'local' });
    expect(second).toEqual({ kind: 'local' });
    expect(await ownership.route('ex-1')).toEqual({ kind: 'local' });
    expect(lease.calls).toEqual(['acquire ex-1']);
    expect(events).toEqual(['restore ex-1']);
    expect(inMemory.has('ex-1')).toBe(true);
    expect(owned).toEqual(['ex-1']);
  });

  it('answers an id the store does not have here, without taking a lease for it', async () => {
    const { ownership, lease } = setUp({ stored: [] });
    expect(await ownership.route('guessed-id')).toEqual({ kind: 'unknown' });
    expect(lease.calls).toEqual([]);
  });

  it('sends an exercise owned elsewhere to its owner', async () => {
    const others = new Map([['ex-1', { owner: 'other', address: 'http://10.0.0.2:3000' }]]);
    const { ownership, events } = setUp({ others });
    expect(await ownership.route('ex-1')).toEqual({
      kind: 'remote',
      address: 'http://10.0.0.2:3000',
    });
    expect(events).toEqual([]);
  });

  it('waits out the lease of its own previous life (a restart on the same address), then takes it', async () => {
    const others = new Map([['ex-1', { owner: 'me-before-restart', address: ME }]]);
    const { ownership } = setUp({ others });
    setTimeout(() => others.delete('ex-1'), 300);
    const started = Date.now();
    expect(await ownership.route('ex-1')).toEqual({ kind: 'local' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('stops an exercise whose lease was lost, and closes its sockets (the listener)', async () => {
    const { ownership, lease, events, inMemory } = setUp();
    const lost: string[] = [];
    ownership.onLost((id) => lost.push(id));
    await ownership.route('ex-1');
    lease.loseOnNextRenewal('ex-1');
    await ownership.tick();
    expect(lost).toEqual(['ex-1']);
    expect(events).toEqual(['restore ex-1', 'unload ex-1']);
    expect(inMemory.has('ex-1')).toBe(false);
    expect(ownership.isLocal('ex-1')).toBe(false);
  });

  it('takes over orphaned exercises on its tick, and gives up those it holds but no longer runs', async () => {
    const { ownership, lease, running, inMemory } = setUp({ stored: ['ex-1', 'ex-2'] });
    lease.setOrphans(['ex-1', 'ex-2']);
    await ownership.tick();
    expect(ownership.isLocal('ex-1')).toBe(true);
    expect(ownership.isLocal('ex-2')).toBe(true);
    running.delete('ex-2'); // an ended exercise that left memory
    await ownership.tick();
    expect(lease.calls).toContain('release ex-2');
    expect(inMemory.has('ex-2')).toBe(false);
    expect(ownership.isLocal('ex-1')).toBe(true);
  });
});
