import { afterEach, describe, expect, it } from 'vitest';
import { LeaseLostError } from '../../../server/src/store/lease-lost-error';
import {
  openPostgresStore,
  type PostgresStore,
} from '../../../server/src/store/postgres/postgres-store';
import { chat, exercise } from '../../support/exercise-store-suite';
import { usePostgresTestDatabase } from '../../support/postgres-test-database';
import { NO_SERVICES, testServices } from '../../support/test-services';

const services = testServices();
const TITLE = 'writes made together on PostgreSQL land in one transaction';

describe.skipIf(services === undefined)(
  services === undefined ? `${TITLE} (${NO_SERVICES})` : TITLE,
  () => {
    const database = usePostgresTestDatabase();
    const held = new Map<string, number>();
    const opened: PostgresStore[] = [];
    const open = async () => {
      const store = await openPostgresStore(database.url(), { fence: (id) => held.get(id) });
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      held.clear();
      for (const store of opened.splice(0)) await store.close();
    });

    it('stores a chat message and its command id together, or neither', async () => {
      const store = await open();
      await store.createExercise(exercise('ex-1', 'ABC123'));
      await store.together?.('ex-1', async (writes) => {
        await writes.appendChat(chat('m-1', 'ex-1', 'hello', 10));
        await writes.recordCommand('ex-1', { id: 'c-1', sender: 'player:p-1' });
      });
      expect((await store.listChat('ex-1')).map((message) => message.id)).toEqual(['m-1']);
      expect(await store.findCommand('ex-1', 'c-1')).toBe('player:p-1');

      // The second write is refused (the id is taken): the first is not kept either.
      const refused = store.together?.('ex-1', async (writes) => {
        await writes.appendChat(chat('m-2', 'ex-1', 'again', 20));
        await writes.recordCommand('ex-1', { id: 'c-1', sender: 'player:p-1' });
      });
      await expect(refused).rejects.toThrow(/unique|duplicate/i);
      expect((await store.listChat('ex-1')).map((message) => message.id)).toEqual(['m-1']);
    });

    it('checks the lease once for the whole group: a lost lease writes nothing of it', async () => {
      const store = await open();
      await store.createExercise(exercise('ex-2', 'DEF456'));
      await database.admin().query(
        `INSERT INTO exercise_leases (exercise_id, owner, address, token, expires_at)
         VALUES ('ex-2', 'other', 'http://10.0.0.6:3000', 4, now() + interval '1 minute')`,
      );
      held.set('ex-2', 3);
      const fenced = store.together?.('ex-2', async (writes) => {
        await writes.appendChat(chat('m-1', 'ex-2', 'hello', 10));
        await writes.recordCommand('ex-2', { id: 'c-1', sender: 'player:p-1' });
      });
      await expect(fenced).rejects.toBeInstanceOf(LeaseLostError);
      expect(await store.listChat('ex-2')).toEqual([]);
      expect(await store.findCommand('ex-2', 'c-1')).toBeUndefined();
    });
  },
);
