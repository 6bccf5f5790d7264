import pg from 'pg';

/** Where an exercise is kept, as the PostgreSQL store wrote it. */
export interface StoredExercise {
  /** Every id in applied_commands (one row per id: its primary key). */
  appliedIds: Set<string>;
  /** How many engine events carry each command id (one each, or it was applied twice). */
  eventsByCommandId: Map<string, number>;
  /** How many chat rows hold each text. */
  chatByText: Map<string, number>;
  eventCount: number;
  /** The exercise's lease: who owns it, at what address, with which fencing token. */
  lease: { owner: string; address: string; token: number; expiresAt: Date } | null;
}

const count = (values: readonly string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
};

/** Reads what the database holds for one exercise, straight from its tables. */
export async function readStoredExercise(
  databaseUrl: string,
  exerciseId: string,
): Promise<StoredExercise> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const applied = await client.query<{ command_id: string }>(
      'SELECT command_id FROM applied_commands WHERE exercise_id = $1',
      [exerciseId],
    );
    const events = await client.query<{ command_id: string | null }>(
      "SELECT event->>'commandId' AS command_id FROM events WHERE exercise_id = $1",
      [exerciseId],
    );
    const chat = await client.query<{ text: string }>(
      'SELECT text FROM chat WHERE exercise_id = $1',
      [exerciseId],
    );
    const lease = await client.query<{
      owner: string;
      address: string;
      token: string;
      expires_at: Date;
    }>('SELECT owner, address, token, expires_at FROM exercise_leases WHERE exercise_id = $1', [
      exerciseId,
    ]);
    const leaseRow = lease.rows[0];
    return {
      appliedIds: new Set(applied.rows.map((row) => row.command_id)),
      eventsByCommandId: count(
        events.rows.flatMap((row) => (row.command_id === null ? [] : [row.command_id])),
      ),
      chatByText: count(chat.rows.map((row) => row.text)),
      eventCount: events.rows.length,
      lease:
        leaseRow === undefined
          ? null
          : {
              owner: leaseRow.owner,
              address: leaseRow.address,
              token: Number(leaseRow.token),
              expiresAt: leaseRow.expires_at,
            },
    };
  } finally {
    await client.end();
  }
}
