import net from 'node:net';

/** How long a backend may take to accept before the next one is tried. */
const CONNECT_TIMEOUT_MS = 2_000;

/**
 * A small TCP load balancer on loopback, in front of several server
 * processes, as a deployment has one. Each front port has its own order of
 * preference: a connection goes to the first backend that accepts it, so
 * while a client's process lives all its connections (HTTP, polling, the
 * websocket) reach that one process, which is what sticky sessions give;
 * when that process is gone (the connection is refused) the next one takes
 * them. Bytes are piped as they are: nothing of HTTP or socket.io is read.
 *
 * One balancer with a preference per front port, rather than one balancer
 * per client: a test seats players on process A or B by the port it hands
 * them, closes everything at once, and reads from one place where each
 * connection went (`routed`), to show that after a process died its
 * clients came back through the living one.
 */
export class TcpBalancer {
  private readonly servers: net.Server[] = [];
  private readonly open = new Set<net.Socket>();
  /** Every connection passed on, by the backend port that took it. */
  readonly routed = new Map<number, number>();
  /** Connection attempts a backend refused (or did not answer in time), by its port. */
  readonly refused = new Map<number, number>();
  /** Connections no backend would take. */
  dropped = 0;

  constructor(private readonly host = '127.0.0.1') {}

  /** Opens a front port (ephemeral) whose connections try these backend ports in this order. */
  async listen(preference: readonly number[]): Promise<number> {
    if (preference.length === 0) throw new Error('a front port needs at least one backend');
    // Paused: nothing the client sends is read before a backend is there to take it.
    const server = net.createServer({ pauseOnConnect: true }, (client) =>
      this.route(client, preference),
    );
    this.servers.push(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, this.host, () => resolve());
    });
    return (server.address() as net.AddressInfo).port;
  }

  /** The URL of a front port, for HTTP and socket.io clients. */
  url(port: number): string {
    return `http://${this.host}:${port}`;
  }

  /** Stops accepting and cuts every connection it passes on. */
  async close(): Promise<void> {
    for (const socket of this.open) socket.destroy();
    this.open.clear();
    await Promise.all(
      this.servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
    );
  }

  private route(client: net.Socket, preference: readonly number[]): void {
    this.open.add(client);
    client.once('close', () => this.open.delete(client));
    // A client that goes away while backends are being tried must not crash the test.
    client.on('error', () => client.destroy());
    const attempt = (index: number): void => {
      const port = preference[index];
      if (port === undefined) {
        this.dropped += 1;
        client.destroy();
        return;
      }
      if (client.destroyed) return;
      const upstream = net.connect({ host: this.host, port });
      upstream.setTimeout(CONNECT_TIMEOUT_MS);
      let connected = false;
      const next = (): void => {
        if (connected) return;
        upstream.destroy();
        this.refused.set(port, (this.refused.get(port) ?? 0) + 1);
        attempt(index + 1);
      };
      upstream.once('timeout', next);
      upstream.once('error', next);
      upstream.once('connect', () => {
        connected = true;
        upstream.setTimeout(0);
        this.routed.set(port, (this.routed.get(port) ?? 0) + 1);
        this.open.add(upstream);
        upstream.once('close', () => this.open.delete(upstream));
        // Either side failing ends both: a process that died cuts its clients' connections.
        upstream.removeAllListeners('error');
        upstream.on('error', () => client.destroy());
        client.removeAllListeners('error');
        client.on('error', () => upstream.destroy());
        upstream.once('close', () => client.destroy());
        client.once('close', () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    attempt(0);
  }
}
