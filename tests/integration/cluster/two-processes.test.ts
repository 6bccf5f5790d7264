import type { SocketAuth } from '@borderline/shared';
import {
  createExerciseOverHttp,
  exerciseSummaryOverHttp,
  joinOverHttp,
} from '@borderline/shared/client';
import { afterAll, describe, expect, it } from 'vitest';
import { ClientSeat, type SentCommand } from '../../support/client-seat';
import { readStoredExercise } from '../../support/exercise-database';
import { playSeatsToEnd, progressKey } from '../../support/play-seats-to-end';
import { startCluster, type Cluster } from '../../support/start-cluster';
import { TcpBalancer } from '../../support/tcp-balancer';
import { NO_SERVICES, testServices } from '../../support/test-services';

const services = testServices();
/** The product's default lease: a dead owner's exercise is taken over about a second after it lapses. */
const LEASE_TTL_MS = 5_000;
/** What the issue promises: the exercise plays on within 10 s of its owner's death. */
const RESUME_BUDGET_MS = 10_000;
/** Of the burst's 13 commands, the owner dies once this many are answered (the rest in flight). */
const KILL_AFTER_ANSWERS = 4;

/** Settles with the promise, or fails naming what did not come in time. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Sends a command and waits until Control's view has moved on from it. */
async function step(
  control: ClientSeat,
  seat: ClientSeat,
  command: Parameters<ClientSeat['send']>[0],
) {
  const before = progressKey(control.view);
  await seat.expectOk(command);
  await control.waitForView((view) => progressKey(view) !== before, 10_000);
}

describe.skipIf(services === undefined)(
  `two server processes sharing PostgreSQL and Redis${services === undefined ? `: ${NO_SERVICES}` : ''}`,
  () => {
    let cluster: Cluster | undefined;
    let balancer: TcpBalancer | undefined;
    const seats: ClientSeat[] = [];

    afterAll(async () => {
      for (const seat of seats) seat.close();
      await balancer?.close();
      await cluster?.stop();
    });

    it('takes over an exercise whose owner is SIGKILLed mid-move: nothing acknowledged is lost, nothing applied twice, and the game plays to its end', async () => {
      if (services === undefined) throw new Error('unreachable: skipped without services');
      cluster = await startCluster({
        services,
        names: ['a', 'b'],
        build: 'compiled',
        env: { LEASE_TTL_MS: String(LEASE_TTL_MS), RATE_LIMIT_FACTOR: '100', LOG_LEVEL: 'info' },
      });
      const [a, b] = cluster.members;
      if (a === undefined || b === undefined) throw new Error('two processes were asked for');
      const { databaseUrl } = cluster;
      // A front port per process, each falling back on the other, as a sticky balancer does.
      balancer = new TcpBalancer();
      const viaA = balancer.url(await balancer.listen([a.port, b.port]));
      const viaB = balancer.url(await balancer.listen([b.port, a.port]));

      // Created through A: A owns it. Players join and connect through both processes.
      const created = await createExerciseOverHttp(viaA, {
        scenarioId: 'us-mexico-2026',
        settings: { seed: 7, skipPractice: true },
      });
      const { exerciseId, joinCode } = created;
      const connect = (label: string, url: string, auth: SocketAuth) => {
        const seat = new ClientSeat(label, url, auth);
        seats.push(seat);
        return seat;
      };
      const join = async (label: string, url: string, team: string | null) => {
        const joined = await joinOverHttp(url, { joinCode, name: label, team });
        return connect(label, url, { exerciseId, role: 'player', token: joined.token });
      };
      const control = connect('control', viaA, {
        exerciseId,
        role: 'facilitator',
        key: created.facilitatorKey,
      });
      const washington = await join('washington', viaB, 'washington');
      const mexico = await join('mexico', viaA, 'mexico-city');
      const cartels = await join('cartels', viaB, 'cartels');
      const observer = await join('observer', viaB, null);
      const onA = [control, mexico];
      const onB = [washington, cartels, observer];
      const leads = { washington, 'mexico-city': mexico, cartels };
      await within(
        Promise.all(seats.map((seat) => seat.waitForView(() => true, 10_000))),
        10_000,
        'every seat has its first view',
      );
      const first = await readStoredExercise(databaseUrl, exerciseId);
      expect(first.lease?.address).toBe(a.internalUrl);
      const tokenBefore = first.lease?.token ?? Number.NaN;

      // Into the first move's decisions; Washington decides (through B, applied by A).
      await step(control, control, { type: 'facilitator.start' });
      while (control.view.exercise.phase !== 'decisions') {
        await step(control, control, { type: 'facilitator.advance' });
      }
      expect(control.view.exercise.turn.current).toBe('washington');
      await step(control, washington, {
        type: 'team.submitDecision',
        decision: { kind: 'hold', rationale: 'Washington waits.' },
      });
      expect(control.view.exercise.turn.current).toBe('mexico-city');
      const move = control.view.exercise.move;

      // A burst from seats on both processes, Mexico City's decision among it; A dies
      // once a few answers have arrived, with the rest in flight.
      const chatters: [ClientSeat, string][] = [
        [control, 'broadcast'],
        [washington, 'team:washington'],
        [mexico, 'team:mexico-city'],
        [cartels, 'team:cartels'],
      ];
      const textOf = new Map<string, string>();
      const chat = (seat: ClientSeat, channel: string, text: string) => {
        const sent = seat.send({ type: 'chat.send', channel, text });
        textOf.set(sent.record.id, text);
        return sent;
      };
      const burst: ReturnType<ClientSeat['send']>[] = [];
      for (let round = 0; round < 3; round += 1) {
        for (const [seat, channel] of chatters)
          burst.push(chat(seat, channel, `burst ${seat.label} ${round}`));
        if (round === 1) {
          burst.push(
            mexico.send({
              type: 'team.submitDecision',
              decision: { kind: 'hold', rationale: 'Mexico City waits too.' },
            }),
          );
        }
      }
      const decision = burst.find((sent) => sent.record.type === 'team.submitDecision')?.record;
      if (decision === undefined) throw new Error('the decision was sent');
      // Killed from inside the answer that makes KILL_AFTER_ANSWERS: nothing more leaves the test first.
      const kill = await within(
        new Promise<{ at: number; acknowledged: SentCommand[] }>((resolve) => {
          let answers = 0;
          for (const sent of burst) {
            void sent.answer.then(() => {
              answers += 1;
              if (answers !== KILL_AFTER_ANSWERS) return;
              a.server.process.kill('SIGKILL');
              const everything = seats.flatMap((seat) => seat.sent);
              resolve({ at: Date.now(), acknowledged: everything.filter((r) => r.ack !== null) });
            });
          }
        }),
        10_000,
        `${KILL_AFTER_ANSWERS} answers to the burst`,
      );
      // Sent after the kill: no answer can come from A.
      const afterKill = chatters.map(([seat, channel]) =>
        chat(seat, channel, `after ${seat.label}`),
      );
      const inFlight = [...burst, ...afterKill]
        .map((sent) => sent.record)
        .filter((record) => !kill.acknowledged.includes(record));
      const burstAnswered = burst.filter((sent) => kill.acknowledged.includes(sent.record));
      // Answers that came in one read of the socket may all be in before the kill.
      expect(burstAnswered.length).toBeGreaterThanOrEqual(KILL_AFTER_ANSWERS);
      // The claim needs some of the burst in flight, besides what was sent after the kill.
      expect(inFlight.length).toBeGreaterThan(afterKill.length);

      // Every command is answered, by B now; the resent ones with the answer of their first send.
      const acks = await within(
        Promise.all([...burst, ...afterKill].map((sent) => sent.answer)),
        30_000,
        'an answer to every command in flight',
      );
      const refused = acks.flatMap((ack) =>
        ack.ok ? [] : [`${ack.error.code}: ${ack.error.message}`],
      );
      expect(refused).toEqual([]);
      const since = (record: SentCommand) => (record.answeredAt ?? Number.NaN) - kill.at;
      const resumedMs = Math.min(...afterKill.map((sent) => since(sent.record)));
      const allAnsweredMs = Math.max(...inFlight.map(since));
      /** Applied by A, whose answer died with it: the resend was answered as a repeat. */
      const repeats = inFlight.filter(
        (record) => record.ack?.ok === true && record.ack.data.duplicate,
      );

      // Every seat sees the exercise again, with Control's word sent after the kill.
      const afterControl = `after ${control.label}`;
      const viewTimes = await within(
        Promise.all(
          seats.map(async (seat) => {
            await seat.waitForView(
              (view) => view.chat.some((message) => message.text === afterControl),
              30_000,
              kill.at,
            );
            return Date.now() - kill.at;
          }),
        ),
        31_000,
        'a view after the takeover on every seat',
      );
      const viewsBackMs = Math.max(...viewTimes);
      console.log(
        `[two processes] SIGKILL of the owner with ${burstAnswered.length} of the burst answered and ${inFlight.length} commands in flight: ` +
          `the first command was answered ${resumedMs} ms after, all ${allAnsweredMs} ms after (${repeats.length} as repeats), ` +
          `every seat had a view ${viewsBackMs} ms after (lease TTL ${LEASE_TTL_MS} ms)`,
      );
      expect(resumedMs).toBeLessThan(RESUME_BUDGET_MS);
      expect(viewsBackMs).toBeLessThan(RESUME_BUDGET_MS);

      // Every seat lost its socket (A's directly, B's relayed ones closed with their link
      // to A) and came back by itself; A's through the balancer to B.
      const reconnected = seats.map((seat) => {
        const lost = seat.statuses.find(
          (entry) => entry.at >= kill.at && entry.status === 'reconnecting',
        );
        const back = seat.statuses.find(
          (entry) => lost !== undefined && entry.at >= lost.at && entry.status === 'connected',
        );
        return { seat: seat.label, lost: lost !== undefined, back: back !== undefined };
      });
      expect(reconnected).toEqual(
        seats.map((seat) => ({ seat: seat.label, lost: true, back: true })),
      );
      expect(seats.map((seat) => seat.status)).toEqual(seats.map(() => 'connected'));
      expect(balancer.refused.get(a.port) ?? 0).toBeGreaterThanOrEqual(onA.length);
      expect(onB.length).toBe(3);

      // The database: each acknowledged command kept, each applied once, and B holds the lease.
      const stored = await readStoredExercise(databaseUrl, exerciseId);
      const lost = kill.acknowledged
        .filter((record) => !stored.appliedIds.has(record.id))
        .map((record) => record.id);
      expect(lost).toEqual([]);
      const missing = [...burst, ...afterKill]
        .map((sent) => sent.record.id)
        .filter((id) => !stored.appliedIds.has(id));
      expect(missing).toEqual([]);
      // Each message once; one stored twice says whether its first answer came before the kill
      // and whether the resend was taken as a repeat.
      const chatCounts = [...burst, ...afterKill].flatMap(({ record }) => {
        const text = textOf.get(record.id);
        if (text === undefined) return [];
        const rows = stored.chatByText.get(text) ?? 0;
        const answeredBeforeKill = kill.acknowledged.includes(record);
        const repeat = record.ack?.ok === true && record.ack.data.duplicate;
        return [{ text, rows, answeredBeforeKill, repeat }];
      });
      expect(chatCounts.filter(({ rows }) => rows !== 1)).toEqual([]);
      expect(stored.eventsByCommandId.get(decision.id)).toBe(1);
      expect([...stored.eventsByCommandId].filter(([, events]) => events > 1)).toEqual([]);
      expect(stored.lease?.address).toBe(b.internalUrl);
      expect(stored.lease?.token).toBeGreaterThan(tokenBefore);

      // A client whose answer was lost sends again with the same id: B knows A applied it.
      const chatAnswered = burstAnswered.find((sent) => sent.record.type === 'chat.send')?.record;
      if (chatAnswered === undefined)
        throw new Error('a chat message was answered before the kill');
      const again = [chatAnswered, decision].map(async (record) => {
        const seat = seats.find((candidate) => candidate.label === record.seat);
        const ack = await (seat as ClientSeat).resend(record);
        return { id: record.id, ok: ack.ok, duplicate: ack.ok && ack.data.duplicate };
      });
      expect(await Promise.all(again)).toEqual([
        { id: chatAnswered.id, ok: true, duplicate: true },
        { id: decision.id, ok: true, duplicate: true },
      ]);

      const afterResend = await readStoredExercise(databaseUrl, exerciseId);
      expect(afterResend.chatByText.get(textOf.get(chatAnswered.id) ?? '')).toBe(1);
      expect(afterResend.eventsByCommandId.get(decision.id)).toBe(1);

      // What the seats see agrees: one decision from Mexico City, each message once.
      const view = control.view;
      expect(
        view.decisions.filter((d) => d.team === 'mexico-city' && d.move === move),
      ).toHaveLength(1);
      const shown = new Map<string, number>();
      for (const message of view.chat) shown.set(message.text, (shown.get(message.text) ?? 0) + 1);
      expect([...textOf.values()].filter((text) => shown.get(text) !== 1)).toEqual([]);

      // HTTP through the balancer's A port now reaches B, and a latecomer joins there.
      const summary = await exerciseSummaryOverHttp(viaA, exerciseId, created.facilitatorKey);
      expect(summary.joinCode).toBe(joinCode);
      const latecomer = await join('latecomer', viaA, null);
      await latecomer.waitForView(() => true, 10_000);

      // The game plays on to its end, every command of it applied once.
      const { final } = await playSeatsToEnd(control, leads);
      expect(final.exercise.phase).toBe('ended');
      const end = await readStoredExercise(databaseUrl, exerciseId);
      const everyCommand = seats.flatMap((seat) => seat.sent);
      expect(everyCommand.filter((record) => record.ack?.ok !== true).map((r) => r.id)).toEqual([]);
      expect(
        everyCommand.filter((record) => !end.appliedIds.has(record.id)).map((r) => r.id),
      ).toEqual([]);
      expect([...end.eventsByCommandId].filter(([, events]) => events > 1)).toEqual([]);
      expect(b.server.process.exitCode).toBeNull();
    }, 180_000);
  },
);
