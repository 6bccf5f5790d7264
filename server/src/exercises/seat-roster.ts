import type { RosterEntry, Scenario, SeatKind } from '@borderline/shared';
import type { Temperament } from '../bots';
import type { PlayerRecord } from '../store/exercise-store';
import { secretMatches } from './secrets';
import { serviceError } from './service-error';

export const MAX_NAME_LENGTH = 40;

/** The prefix of a bot's roster id: `bot:<team>`. */
export const BOT_ID_PREFIX = 'bot:';

/**
 * Who sits where in one exercise: the players (removed ones are kept for the
 * record and the chat's names), who leads each team, which seats a bot
 * plays, and who is connected now. Every change returns the player records
 * it touched, for the caller to save. Rules: a team's first player becomes
 * its lead; when the lead leaves the team, the next player (by arrival) does.
 */
export class SeatRoster {
  private players: PlayerRecord[];
  readonly bots = new Map<string, Temperament>();
  private readonly connections = new Map<string, number>();

  constructor(
    private readonly scenario: Scenario,
    players: PlayerRecord[],
  ) {
    this.players = [...players].sort(byArrival);
  }

  /** Every player ever seated, removed ones included. */
  all(): readonly PlayerRecord[] {
    return this.players;
  }

  active(): PlayerRecord[] {
    return this.players.filter((player) => !player.removed);
  }

  /** A seated (not removed) player. */
  find(playerId: string): PlayerRecord | undefined {
    return this.players.find((player) => player.id === playerId && !player.removed);
  }

  require(playerId: string): PlayerRecord {
    const player = this.find(playerId);
    if (player === undefined) {
      throw serviceError('unknown-player', 'That player is not (or no longer) in this exercise.');
    }
    return player;
  }

  /** A seated person: the projector's seat is a screen, which Control does not seat. */
  private requirePerson(playerId: string): PlayerRecord {
    const player = this.require(playerId);
    if (player.kind === 'projector') {
      throw serviceError(
        'projector-seat',
        'This is the room’s projector, not a player: it cannot be moved, made lead or removed.',
      );
    }
    return player;
  }

  /** The seated player whose token this is; every player's hash is compared in constant time. */
  byToken(token: string): PlayerRecord | undefined {
    let found: PlayerRecord | undefined;
    for (const player of this.players) {
      if (secretMatches(token, player.tokenHash) && !player.removed) found = player;
    }
    return found;
  }

  /** The name a chat message shows for a sender id, removed players included. */
  nameOf(playerId: string): string | undefined {
    return this.players.find((player) => player.id === playerId)?.name;
  }

  teamName(team: string): string {
    return this.scenario.teams.find((t) => t.id === team)?.name.en ?? team;
  }

  requireTeam(team: string | null): void {
    if (team !== null && !this.scenario.teams.some((t) => t.id === team)) {
      throw serviceError('unknown-team', `This scenario has no team "${team}".`);
    }
  }

  seat(team: string): SeatKind {
    if (this.bots.has(team)) return 'bot';
    return this.active().some((player) => player.team === team) ? 'human' : 'empty';
  }

  seats(): Record<string, SeatKind> {
    return Object.fromEntries(this.scenario.teams.map((team) => [team.id, this.seat(team.id)]));
  }

  /** Refuses a player's seat on a team a bot plays. */
  requireHumanSeat(team: string | null): void {
    if (team !== null && this.bots.has(team)) {
      throw serviceError(
        'seat-taken-by-bot',
        `A bot plays ${this.teamName(team)}; Control must open the seat to people first.`,
        { team },
      );
    }
  }

  /** Validates a display name: trimmed, 1 to 40 characters, unique in the exercise (any case). */
  checkName(raw: string): string {
    const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
    const limit = { limit: MAX_NAME_LENGTH };
    if (name === '') throw serviceError('invalid-name', 'Enter a name to join.', limit);
    if ([...name].length > MAX_NAME_LENGTH) {
      throw serviceError(
        'invalid-name',
        `A name has at most ${MAX_NAME_LENGTH} characters.`,
        limit,
      );
    }
    if (/\p{Cc}/u.test(name)) {
      throw serviceError('invalid-name', 'A name cannot contain control characters.', limit);
    }
    const taken = this.active().some(
      (player) => player.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
    );
    if (taken) {
      throw serviceError(
        'duplicate-name',
        `Somebody in this exercise is already called "${name}"; choose another name.`,
        { name },
      );
    }
    return name;
  }

  add(player: PlayerRecord): PlayerRecord[] {
    const added = { ...player, isLead: false };
    this.players = [...this.players, added].sort(byArrival);
    return unique([added, ...this.ensureLead(player.team)]);
  }

  move(playerId: string, team: string | null): PlayerRecord[] {
    const player = this.requirePerson(playerId);
    if (player.team === team) return [];
    const from = player.team;
    const moved = this.replace({ ...player, team, isLead: false });
    return unique([moved, ...this.ensureLead(from), ...this.ensureLead(team)]);
  }

  remove(playerId: string): PlayerRecord[] {
    const player = this.requirePerson(playerId);
    const removed = this.replace({ ...player, removed: true, isLead: false });
    this.connections.delete(playerId);
    return unique([removed, ...this.ensureLead(player.team)]);
  }

  /**
   * Makes a seat the projector's: an observer, no lead, marked as a screen.
   * For a seat the projector route recognises by its token that was stored
   * unmarked (before the mark existed, and moved out of the observers since).
   */
  markProjector(playerId: string): PlayerRecord[] {
    const player = this.require(playerId);
    if (player.kind === 'projector') return [];
    const marked = this.replace({ ...player, kind: 'projector', team: null, isLead: false });
    return unique([marked, ...this.ensureLead(player.team)]);
  }

  makeLead(playerId: string): PlayerRecord[] {
    const player = this.requirePerson(playerId);
    if (player.team === null) {
      throw serviceError('observer', 'An observer cannot lead a team; move the player first.');
    }
    if (player.isLead) return [];
    const changed: PlayerRecord[] = [];
    for (const other of this.active()) {
      if (other.team === player.team && other.isLead) {
        changed.push(this.replace({ ...other, isLead: false }));
      }
    }
    changed.push(this.replace({ ...player, isLead: true }));
    return changed;
  }

  /** Counts a player's open connections (one call per socket that opens or closes). */
  setConnected(playerId: string, connected: boolean): void {
    const count = Math.max(0, (this.connections.get(playerId) ?? 0) + (connected ? 1 : -1));
    if (count === 0) this.connections.delete(playerId);
    else this.connections.set(playerId, count);
  }

  isConnected(playerId: string): boolean {
    return (this.connections.get(playerId) ?? 0) > 0;
  }

  /**
   * The roster as the projection reads it: seated players by arrival (the
   * projector's seat marked, for the projection to leave out), then a bot
   * per bot seat.
   */
  entries(): RosterEntry[] {
    const people: RosterEntry[] = this.active().map((player) => ({
      id: player.id,
      name: player.name,
      team: player.team,
      isLead: player.isLead,
      isBot: false,
      connected: this.isConnected(player.id),
      ...(player.kind === 'projector' ? { kind: 'projector' as const } : {}),
    }));
    const bots: RosterEntry[] = this.scenario.teams
      .filter((team) => this.bots.has(team.id))
      .map((team) => ({
        id: `${BOT_ID_PREFIX}${team.id}`,
        name: `Bot (${team.name.en})`,
        team: team.id,
        isLead: true,
        isBot: true,
        connected: true,
      }));
    return [...people, ...bots];
  }

  /** Gives a team that has players but no lead its earliest player as lead. */
  private ensureLead(team: string | null): PlayerRecord[] {
    if (team === null) return [];
    const members = this.active().filter((player) => player.team === team);
    const first = members[0];
    if (first === undefined || members.some((player) => player.isLead)) return [];
    return [this.replace({ ...first, isLead: true })];
  }

  private replace(next: PlayerRecord): PlayerRecord {
    this.players = this.players.map((player) => (player.id === next.id ? next : player));
    return next;
  }
}

/** By arrival, ties by id: the order the store lists players in. */
function byArrival(a: PlayerRecord, b: PlayerRecord): number {
  if (a.joinedAt !== b.joinedAt) return a.joinedAt - b.joinedAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function unique(records: PlayerRecord[]): PlayerRecord[] {
  const byId = new Map<string, PlayerRecord>();
  for (const record of records) byId.set(record.id, record);
  return [...byId.values()];
}
