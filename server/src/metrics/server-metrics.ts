import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the metrics read from the running server when Prometheus scrapes them. */
export interface MetricsSources {
  /** The exercises in memory, by status. */
  exercises: () => { active: number; ended: number };
  /** The sockets connected now. */
  sockets: () => number;
}

/** Command latencies run from a few tenths of a millisecond to a stalled event loop. */
const COMMAND_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
/** A store write is a SQLite transaction: tens of microseconds, a few milliseconds on a busy disk. */
const STORE_BUCKETS = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25];

/**
 * The server's Prometheus metrics (prom-client), in a registry of its own:
 * Node's defaults (CPU, memory, GC, event-loop lag), the exercises and
 * sockets at scrape time, and histograms of command and store latency.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly commandSeconds: Histogram<'outcome'>;
  private readonly storeSeconds: Histogram<'operation'>;
  private readonly refusedLookups: Counter;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'borderline_' });
    new Gauge({
      name: 'borderline_exercises',
      help: 'Exercises in memory, by status (every active one, the ended ones used lately).',
      labelNames: ['status'],
      registers,
      collect() {
        const { active, ended } = sources.exercises();
        this.set({ status: 'active' }, active);
        this.set({ status: 'ended' }, ended);
      },
    });
    new Gauge({
      name: 'borderline_sockets',
      help: 'Sockets connected now (players, Control, projectors).',
      registers,
      collect() {
        this.set(sources.sockets());
      },
    });
    this.commandSeconds = new Histogram({
      name: 'borderline_command_seconds',
      help: 'From a command reaching the server to its acknowledgement, by outcome (accepted, or the refusal code).',
      labelNames: ['outcome'],
      buckets: COMMAND_BUCKETS,
      registers,
    });
    this.storeSeconds = new Histogram({
      name: 'borderline_store_seconds',
      help: 'Time spent in each store operation.',
      labelNames: ['operation'],
      buckets: STORE_BUCKETS,
      registers,
    });
    this.refusedLookups = new Counter({
      name: 'borderline_lookups_refused_total',
      help: 'Lookups refused because their address guessed too often.',
      registers,
    });
  }

  observeCommand(outcome: string, seconds: number): void {
    this.commandSeconds.observe({ outcome }, seconds);
  }

  observeStore(operation: string, seconds: number): void {
    this.storeSeconds.observe({ operation }, seconds);
  }

  countRefusedLookup(): void {
    this.refusedLookups.inc();
  }

  /** The exposition text, and its content type, for GET /metrics. */
  async exposition(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }
}
