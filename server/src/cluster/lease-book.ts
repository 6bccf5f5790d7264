import type pg from 'pg';

/** Where the owner of an exercise is reached, as its lease says. */
export interface LeaseHolder {
  owner: string;
  address: string;
  /** Whether the lease is still within its time (an expired one may be taken over). */
  live: boolean;
}

export type AcquireResult =
  { acquired: true; token: number } | { acquired: false; holder: LeaseHolder };

/**
 * The leases by which one process at a time owns an exercise, kept in
 * PostgreSQL's exercise_leases table. Each change of owner raises the
 * exercise's token by one; the store refuses a write whose token is not the
 * lease's (fencing), so a process that lost its lease while paused cannot
 * write over its successor. A lease is never deleted, only expired, so a
 * token never goes back to a value an old owner may still hold.
 */
export class LeaseBook {
  private readonly held = new Map<string, number>();

  constructor(
    private readonly pool: pg.Pool,
    readonly processId: string,
    /** Where the other processes reach this one; known once it listens (see `listening`). */
    private reachedAt: string,
    readonly ttlMs: number,
  ) {}

  get address(): string {
    return this.reachedAt;
  }

  /** The address once the server listens (a port of 0 is only known then). */
  listening(address: string): void {
    this.reachedAt = address;
  }

  /** The token this process holds for the exercise, if it holds its lease (the store's fence). */
  fence(exerciseId: string): number | undefined {
    return this.held.get(exerciseId);
  }

  holds(exerciseId: string): boolean {
    return this.held.has(exerciseId);
  }

  heldIds(): string[] {
    return [...this.held.keys()];
  }

  /** Takes a new exercise's lease (its id is fresh: nobody else can hold it). */
  async claimNew(exerciseId: string): Promise<number> {
    const result = await this.acquire(exerciseId);
    if (!result.acquired) {
      throw new Error(`exercise ${exerciseId} is already owned by ${result.holder.owner}`);
    }
    return result.token;
  }

  /** Takes the lease if nobody holds it or its holder let it expire. */
  async acquire(exerciseId: string): Promise<AcquireResult> {
    const mine = this.held.get(exerciseId);
    if (mine !== undefined) return { acquired: true, token: mine };
    const taken = await this.pool.query<{ token: string }>(
      `INSERT INTO exercise_leases (exercise_id, owner, address, token, expires_at)
       VALUES ($1, $2, $3, 1, now() + make_interval(secs => $4::double precision / 1000))
       ON CONFLICT (exercise_id) DO UPDATE
         SET owner = EXCLUDED.owner, address = EXCLUDED.address,
             token = exercise_leases.token + 1, expires_at = EXCLUDED.expires_at
         WHERE exercise_leases.expires_at < now()
       RETURNING token`,
      [exerciseId, this.processId, this.address, this.ttlMs],
    );
    const row = taken.rows[0];
    if (row !== undefined) {
      const token = Number(row.token);
      this.held.set(exerciseId, token);
      return { acquired: true, token };
    }
    const holder = await this.holderOf(exerciseId);
    if (holder === undefined) return this.acquire(exerciseId);
    return { acquired: false, holder };
  }

  /** Who holds the exercise's lease, if anybody ever did. */
  async holderOf(exerciseId: string): Promise<LeaseHolder | undefined> {
    const found = await this.pool.query<{ owner: string; address: string; live: boolean }>(
      `SELECT owner, address, expires_at > now() AS live FROM exercise_leases WHERE exercise_id = $1`,
      [exerciseId],
    );
    return found.rows[0];
  }

  /**
   * Extends every lease this process holds; returns the exercises whose
   * lease it no longer holds (taken over after it expired), forgotten here.
   */
  async renewAll(): Promise<string[]> {
    const ids = this.heldIds();
    if (ids.length === 0) return [];
    const renewed = await this.pool.query<{ exercise_id: string; token: string }>(
      `UPDATE exercise_leases
         SET expires_at = now() + make_interval(secs => $3::double precision / 1000)
       WHERE owner = $1 AND exercise_id = ANY($2::text[])
       RETURNING exercise_id, token`,
      [this.processId, ids, this.ttlMs],
    );
    const kept = new Map(renewed.rows.map((row) => [row.exercise_id, Number(row.token)]));
    const lost = ids.filter((id) => kept.get(id) !== this.held.get(id));
    for (const id of lost) this.held.delete(id);
    return lost;
  }

  /** Gives a lease up at once (expired now), so another process may take the exercise. */
  async release(exerciseId: string): Promise<void> {
    const token = this.held.get(exerciseId);
    if (token === undefined) return;
    this.held.delete(exerciseId);
    await this.pool.query(
      `UPDATE exercise_leases SET expires_at = now() - interval '1 second'
       WHERE exercise_id = $1 AND owner = $2 AND token = $3`,
      [exerciseId, this.processId, token],
    );
  }

  /** Forgets a lease without telling the database (it was lost, or the exercise deleted). */
  drop(exerciseId: string): void {
    this.held.delete(exerciseId);
  }

  async releaseAll(): Promise<void> {
    const ids = this.heldIds();
    this.held.clear();
    if (ids.length === 0) return;
    await this.pool.query(
      `UPDATE exercise_leases SET expires_at = now() - interval '1 second'
       WHERE owner = $1 AND exercise_id = ANY($2::text[])`,
      [this.processId, ids],
    );
  }

  /** Active exercises nobody owns now (no lease, or one that expired): to be taken over. */
  async orphans(): Promise<string[]> {
    const found = await this.pool.query<{ id: string }>(
      `SELECT e.id FROM exercises e
         LEFT JOIN exercise_leases l ON l.exercise_id = e.id
       WHERE e.status = 'active' AND (l.exercise_id IS NULL OR l.expires_at < now())
       ORDER BY e.created_at`,
    );
    return found.rows.map((row) => row.id);
  }
}
