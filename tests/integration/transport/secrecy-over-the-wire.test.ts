import type { Recipient, Scenario } from '@borderline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExerciseContext } from '../../../server/src/engine';
import {
  installedScenarios,
  startInProcessServer,
  UNLIMITED,
  type InProcessServer,
} from '../../support/in-process-server';
import { PayloadRecorder } from '../../support/payload-recorder';
import { playFullExercise, type GameRecord } from '../../support/play-full-exercise';
import {
  closeFullTable,
  seatFullTable,
  TEAM_IDS,
  type FullTable,
} from '../../support/socket-table';
import { marker } from '../../unit/projection/recorded-game';
import {
  forbiddenFor,
  inJson,
  label,
  missing,
  present,
  requiredForControl,
  type Needle,
} from '../../unit/projection/secrets';

/**
 * Every payload every socket received during a whole exercise (whole views,
 * patches, personal parts, chat), searched for what its recipient must not see at the moment it
 * arrived: other teams' secret briefings, secret objectives (until the
 * debrief shows them), rationales, drafts, private channels, covert cards
 * and free-form actions not yet revealed, other players' reflections.
 */
describe('secrets over the wire', () => {
  let server: InProcessServer;
  let table: FullTable;
  let game: GameRecord;
  const recorders: PayloadRecorder[] = [];
  let scenario: Scenario;

  beforeAll(async () => {
    server = await startInProcessServer({ rateLimits: UNLIMITED });
    const found = installedScenarios().find((candidate) => candidate.id === 'us-mexico-2026');
    if (found === undefined) throw new Error('the first scenario is not installed');
    scenario = found;
    let exerciseId: string | null = null;
    table = await seatFullTable(server.baseUrl, {
      settings: { seed: 5 },
      onConnect: (client, recipient) => {
        exerciseId ??= client.view.exercise.id;
        const id = exerciseId;
        const recorder = new PayloadRecorder(recipient, () => server.service.state(id).context);
        recorder.attach(client);
        recorders.push(recorder);
      },
    });
    game = await playFullExercise(table);
  }, 60_000);

  afterAll(async () => {
    closeFullTable(table);
    await server?.close();
  });

  const playerIds = () => [
    ...TEAM_IDS.flatMap((team) => table.teams[team].map((player) => player.playerId)),
    table.observer.playerId,
  ];

  /** The secrets of the unit tests' recorded game, plus every other player's reflection. */
  function needlesFor(recipient: Recipient, context: ExerciseContext): Needle[] {
    const self = recipient.kind === 'facilitator' ? null : recipient.player;
    return [
      ...forbiddenFor(scenario, context, recipient),
      ...playerIds()
        .filter((player) => player !== self)
        .map((player) => ({ text: marker.reflection(player), what: `reflection of ${player}` })),
    ];
  }

  it('recorded every socket, and a game worth searching', () => {
    expect(recorders).toHaveLength(8);
    for (const recorder of recorders) {
      expect(recorder.events.get('patch') ?? 0).toBeGreaterThan(20);
    }
    const covert = new Set(
      scenario.actions.filter((card) => card.visibility === 'covert').map((card) => card.id),
    );
    const played = game.decisions.flatMap((decision) => decision.cards);
    expect(played.some((card) => covert.has(card))).toBe(true);
  });

  it('sent no team or observer anything it may not see when it arrived', () => {
    const leaks: string[] = [];
    for (const recorder of recorders.filter((r) => r.recipient.kind !== 'facilitator')) {
      for (const [context, text] of recorder.byState()) {
        for (const what of present(text, needlesFor(recorder.recipient, context))) {
          leaks.push(
            `${label(recorder.recipient)} (${context.phase}, move ${context.move}): ${what}`,
          );
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('sent each team its own secrets, so that the search above was not empty-handed', () => {
    for (const recorder of recorders) {
      const { recipient } = recorder;
      if (recipient.kind !== 'team') continue;
      const spec = scenario.teams.find((team) => team.id === recipient.team);
      const own = [
        { text: marker.rationale(recipient.team), what: 'own rationale' },
        { text: marker.draft(recipient.team), what: 'own draft' },
        { text: marker.chat(`team:${recipient.team}`), what: 'own room' },
        { text: marker.reflection(recipient.player ?? ''), what: 'own reflection' },
        { text: inJson(spec?.secretBriefing.en ?? '?'), what: 'own secret briefing' },
      ];
      expect(missing(recorder.all(), own), label(recipient)).toEqual([]);
    }
  });

  it('gave Control every secret', () => {
    const control = recorders.find((recorder) => recorder.recipient.kind === 'facilitator');
    if (control === undefined) throw new Error('no Control socket recorded');
    const finalContext = server.service.state(table.created.exerciseId).context;
    const required = [
      ...requiredForControl(scenario, finalContext),
      ...playerIds().map((player) => ({ text: marker.reflection(player), what: player })),
      { text: marker.freeform('mexico-city'), what: 'the covert free-form action' },
    ];
    expect(missing(control.all(), required)).toEqual([]);
  });
});
