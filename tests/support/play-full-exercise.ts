import type { Ack, CommandReceipt, ExerciseView, Phase } from '@borderline/shared';
import type { HeadlessClient } from '@borderline/shared/client';
import { marker } from '../unit/projection/recorded-game';
import { TEAM_IDS, type FullTable, type SeatedPlayer } from './socket-table';

/** What happened along the way, for the tests to look at. */
export interface GameRecord {
  phases: Phase[];
  /** Decisions accepted, by team: "actions" (with their cards), "freeform" or "hold". */
  decisions: { team: string; move: number; kind: string; cards: string[] }[];
  /** The answer to a non-lead's attempt to submit for its team. */
  notLead: Ack<CommandReceipt> | null;
  /** Chat messages sent, by channel. */
  chatSent: Record<string, number>;
  reflections: number;
  /** Why a lead's cards were refused (it then held), for diagnosis. */
  cardRefusals: string[];
  final: ExerciseView;
}

export async function freshView(client: HeadlessClient): Promise<ExerciseView> {
  const result = await client.sync();
  if (!result.ok) throw new Error(`sync refused: ${result.error.code}: ${result.error.message}`);
  return result.data;
}

function leadOf(table: FullTable, team: string): SeatedPlayer {
  const pair = table.teams[team as (typeof TEAM_IDS)[number]];
  if (pair === undefined) throw new Error(`no players for ${team}`);
  return pair[0];
}

function memberOf(table: FullTable, team: string): SeatedPlayer {
  const pair = table.teams[team as (typeof TEAM_IDS)[number]];
  if (pair === undefined) throw new Error(`no players for ${team}`);
  return pair[1];
}

/** Up to the scenario's limit, a covert card and a public one the team may play now. */
function chooseCards(view: ExerciseView): string[] {
  const team = view.team;
  if (team === null) return [];
  const playable = team.cards.filter(
    (card) =>
      card.prerequisitesMet !== false &&
      (card.maxUses === undefined || (team.uses[card.id] ?? 0) < card.maxUses),
  );
  const covert = playable.find((card) => card.visibility === 'covert');
  const open = playable.find((card) => card.visibility === 'public');
  return [covert, open]
    .flatMap((card) => (card === undefined ? [] : [card.id]))
    .slice(0, view.scenario.rules.maxActionsPerDecision);
}

/**
 * Plays the whole exercise over the sockets of a full table, as a seminar
 * would: every move the second player of each team drafts and chats, the
 * governments talk on their line, Control broadcasts; each lead submits
 * cards from the hand in its own view (Mexico City once plays a covert
 * free-form action instead, whose odds Control sets); a non-lead's submit is
 * refused; Control publishes each adjudication; the dilemma's team settles
 * it; everybody reflects in the hotwash, and Control closes it. Every text
 * carries a marker (see recorded-game.ts) for the secrecy checks.
 */
export async function playFullExercise(table: FullTable, maxSteps = 400): Promise<GameRecord> {
  const { facilitator, observer } = table;
  const record: GameRecord = {
    phases: [],
    decisions: [],
    notLead: null,
    chatSent: {},
    reflections: 0,
    cardRefusals: [],
    final: await freshView(facilitator),
  };
  const say = async (client: HeadlessClient, channel: string, text: string) => {
    await client.expectOk({ type: 'chat.send', channel, text: `${marker.chat(channel)} ${text}` });
    record.chatSent[channel] = (record.chatSent[channel] ?? 0) + 1;
  };
  const talkedIn = new Set<string>();
  let freeformPlayed = false;

  for (let step = 0; step < maxSteps; step += 1) {
    const view = await freshView(facilitator);
    const { phase, move } = view.exercise;
    if (record.phases[record.phases.length - 1] !== phase) record.phases.push(phase);
    if (phase === 'ended') {
      record.final = view;
      return record;
    }

    const moment = `${move}-${phase}`;
    if (phase === 'deliberation' && !talkedIn.has(moment)) {
      talkedIn.add(moment);
      for (const team of TEAM_IDS) {
        const member = memberOf(table, team);
        await member.client.expectOk({
          type: 'team.updateDraft',
          draft: { kind: 'hold', rationale: `${marker.draft(team)} move ${move}` },
        });
        await say(member.client, `team:${team}`, `what do we do in move ${move}?`);
      }
      await say(leadOf(table, 'washington').client, 'channel:washington-mexico-city', 'a call?');
      await say(leadOf(table, 'mexico-city').client, 'channel:washington-mexico-city', 'yes.');
      await say(leadOf(table, 'cartels').client, 'channel:cartels-mexico-city', 'a deal?');
      await say(memberOf(table, 'mexico-city').client, 'channel:cartels-mexico-city', 'maybe.');
      await say(facilitator, 'broadcast', `move ${move}: ten minutes left`);
    }

    switch (phase) {
      case 'lobby':
        await facilitator.expectOk({ type: 'facilitator.start' });
        break;
      case 'decisions': {
        const team = view.exercise.turn.current ?? view.exercise.turn.pending[0];
        if (team === undefined) throw new Error('decisions, but nobody to decide');
        if (record.notLead === null) {
          record.notLead = await memberOf(table, team).client.send({
            type: 'team.submitDecision',
            decision: { kind: 'hold' },
          });
        }
        await decide(
          table,
          record,
          team,
          move,
          !freeformPlayed && team === 'mexico-city' && move >= 1,
        );
        if (team === 'mexico-city' && move >= 1) freeformPlayed = true;
        break;
      }
      case 'adjudication': {
        for (const result of view.control?.review?.results ?? []) {
          if (result.freeform && result.odds === null) {
            await facilitator.expectOk({
              type: 'facilitator.setFreeformOdds',
              action: result.id,
              odds: 50,
              reason: 'Plausible, at a cost.',
            });
          }
        }
        await facilitator.expectOk({ type: 'facilitator.publishAdjudication' });
        break;
      }
      case 'dilemma': {
        const dilemma = view.ending?.dilemma;
        const option = dilemma?.options[0];
        if (dilemma === null || dilemma === undefined || option === undefined) {
          throw new Error('a dilemma without options');
        }
        await leadOf(table, dilemma.team).client.expectOk({
          type: 'team.chooseDilemmaOption',
          option: option.id,
        });
        break;
      }
      case 'hotwash': {
        const players = [...TEAM_IDS.flatMap((team) => table.teams[team]), observer];
        for (const player of players) {
          await player.client.expectOk({
            type: 'player.submitReflection',
            answers: { whatHappened: marker.reflection(player.playerId), takeaway: 'Talk early.' },
          });
          record.reflections += 1;
        }
        await facilitator.expectOk({ type: 'facilitator.closeHotwash' });
        break;
      }
      default:
        await facilitator.expectOk({ type: 'facilitator.advance' });
    }
  }
  throw new Error(`the exercise did not end within ${maxSteps} steps`);
}

/** The team's lead decides: a covert free-form action, or cards from its hand (a hold if refused). */
async function decide(
  table: FullTable,
  record: GameRecord,
  team: string,
  move: number,
  freeform: boolean,
): Promise<void> {
  const lead = leadOf(table, team).client;
  const rationale = `${marker.rationale(team)} ${move}`;
  const statement = marker.statement(team, move);
  if (freeform) {
    await lead.expectOk({
      type: 'team.submitDecision',
      decision: {
        kind: 'freeform',
        description: `${marker.freeform(team)} covert move ${move}`,
        reasons: ['Nobody will see it coming'],
        visibility: 'covert',
        rationale,
        statement,
      },
    });
    record.decisions.push({ team, move, kind: 'freeform', cards: [] });
    return;
  }
  const cards = chooseCards(await freshView(lead));
  if (cards.length > 0) {
    const sent = await lead.send({
      type: 'team.submitDecision',
      decision: { kind: 'actions', cards, rationale, statement },
    });
    if (sent.ok) {
      record.decisions.push({ team, move, kind: 'actions', cards });
      return;
    }
    record.cardRefusals.push(`${team} m${move}: ${sent.error.reason ?? sent.error.code}`);
  }
  await lead.expectOk({
    type: 'team.submitDecision',
    decision: { kind: 'hold', rationale, statement },
  });
  record.decisions.push({ team, move, kind: 'hold', cards: [] });
}
