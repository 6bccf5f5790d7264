import { describe, expect, it } from 'vitest';
import { readClusterConfig } from '../../../server/src/cluster/cluster-config';
import { hopsOf, relayedHeaders } from '../../../server/src/cluster/relay-headers';

describe('the cluster settings', () => {
  it('defaults: no Redis, the address from HOST and PORT, 5 s leases', () => {
    expect(readClusterConfig({}, { port: 3000, host: undefined })).toEqual({
      config: { redisUrl: undefined, internalUrl: 'http://127.0.0.1:3000', leaseTtlMs: 5_000 },
    });
    expect(readClusterConfig({}, { port: 8080, host: '10.0.0.5' })).toMatchObject({
      config: { internalUrl: 'http://10.0.0.5:8080' },
    });
    expect(readClusterConfig({}, { port: 8080, host: '::1' })).toMatchObject({
      config: { internalUrl: 'http://[::1]:8080' },
    });
  });

  it('takes REDIS_URL, INTERNAL_URL (without its trailing slash) and LEASE_TTL_MS', () => {
    const env = {
      REDIS_URL: 'redis://cache:6379',
      INTERNAL_URL: 'http://node-2.internal:3000/',
      LEASE_TTL_MS: '8000',
    };
    expect(readClusterConfig(env, { port: 3000, host: undefined })).toEqual({
      config: {
        redisUrl: 'redis://cache:6379',
        internalUrl: 'http://node-2.internal:3000',
        leaseTtlMs: 8_000,
      },
    });
  });

  it('names each bad setting and what it expected', () => {
    const read = readClusterConfig(
      { REDIS_URL: 'localhost:6379', INTERNAL_URL: 'node-2', LEASE_TTL_MS: '10' },
      { port: 3000, host: undefined },
    );
    expect(read).toEqual({
      problems: [
        'REDIS_URL: expected a redis:// or rediss:// URL',
        'INTERNAL_URL: expected http://host:port, the address the other processes reach this one at',
        'LEASE_TTL_MS: expected at least 1000 ms',
      ],
    });
  });
});

describe('the headers of a relayed request', () => {
  it('appends the client to X-Forwarded-For and counts one more hop', () => {
    expect(relayedHeaders({}, '192.0.2.7')).toEqual({
      'x-forwarded-for': '192.0.2.7',
      'x-borderline-hops': '1',
    });
    const again = relayedHeaders(
      { 'x-forwarded-for': '203.0.113.1', 'x-borderline-hops': '1' },
      '10.0.0.2',
    );
    expect(again).toEqual({ 'x-forwarded-for': '203.0.113.1, 10.0.0.2', 'x-borderline-hops': '2' });
    expect(hopsOf({ 'x-borderline-hops': '2' })).toBe(2);
    expect(hopsOf({ 'x-borderline-hops': 'lots' })).toBe(0);
    expect(hopsOf({})).toBe(0);
  });
});
