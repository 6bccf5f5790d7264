import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TcpBalancer } from '../../support/tcp-balancer';

/** A backend that answers every request with its own name (no keep-alive: one connection per request). */
async function namedBackend(name: string): Promise<{ server: Server; port: number }> {
  const server = createServer((_request, response) => {
    response.setHeader('connection', 'close');
    response.end(name);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/** The load balancer the cluster tests put in front of their server processes. */
describe('the test load balancer', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('sends each front port to its preferred backend, and to the next once that one is gone', async () => {
    const a = await namedBackend('a');
    const b = await namedBackend('b');
    const balancer = new TcpBalancer();
    cleanups.push(
      () => closeServer(b.server),
      () => closeServer(a.server),
      () => balancer.close(),
    );
    const preferA = balancer.url(await balancer.listen([a.port, b.port]));
    const preferB = balancer.url(await balancer.listen([b.port, a.port]));

    expect(await (await fetch(preferA)).text()).toBe('a');
    expect(await (await fetch(preferB)).text()).toBe('b');
    expect(await (await fetch(preferA)).text()).toBe('a');
    expect(balancer.routed.get(a.port)).toBe(2);
    expect(balancer.routed.get(b.port)).toBe(1);

    await closeServer(a.server);
    expect(await (await fetch(preferA)).text()).toBe('b');
    expect(await (await fetch(preferB)).text()).toBe('b');
    expect(balancer.refused.get(a.port)).toBe(1);
    expect(balancer.routed.get(b.port)).toBe(3);
  });

  it('drops a connection no backend takes', async () => {
    const a = await namedBackend('a');
    const balancer = new TcpBalancer();
    cleanups.push(() => balancer.close());
    const front = balancer.url(await balancer.listen([a.port]));
    await closeServer(a.server);

    await expect(fetch(front)).rejects.toThrow();
    expect(balancer.dropped).toBe(1);
  });

  it('cuts the client when its backend dies mid-connection', async () => {
    const held: { close: () => void }[] = [];
    // A backend that never answers: the request stays open until the backend is destroyed.
    const server = createServer((_request, response) =>
      held.push({ close: () => response.destroy() }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const balancer = new TcpBalancer();
    cleanups.push(
      () => closeServer(server),
      () => balancer.close(),
    );
    const front = balancer.url(await balancer.listen([port]));

    const pending = fetch(front);
    await expect.poll(() => held.length).toBe(1);
    server.closeAllConnections();
    await expect(pending).rejects.toThrow();
  });
});
