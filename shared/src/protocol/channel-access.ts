import type { LocalizedText } from '../scenario/primitives';
import type { Scenario } from '../scenario/scenario';
import type { ChannelKey } from './chat';
import type { Recipient } from './roster';

/**
 * Who reads and writes which chat channel, in one place for the server (which
 * enforces it and filters the views) and the browser (which shows the tabs):
 * a team reads its own room, the scenario's lines its team belongs to, and
 * Control's broadcasts; observers read broadcasts only; Control reads and
 * writes everything, and is the only one to broadcast.
 */

export interface ChannelInfo {
  key: ChannelKey;
  name: LocalizedText;
  /** Member teams; empty for broadcast (everybody). */
  members: string[];
}

const BROADCAST_NAME: LocalizedText = { en: 'Control to everyone', es: 'Control a todos' };

/** Every channel of a scenario, in a stable order: broadcast, the teams' rooms, then the lines. */
export function scenarioChannels(scenario: Scenario): ChannelInfo[] {
  return [
    { key: 'broadcast', name: BROADCAST_NAME, members: [] },
    ...scenario.teams.map((team) => ({
      key: `team:${team.id}`,
      name: team.name,
      members: [team.id],
    })),
    ...scenario.channels.map((line) => ({
      key: `channel:${line.id}`,
      name: line.name,
      members: [...line.members],
    })),
  ];
}

function findChannel(scenario: Scenario, key: string): ChannelInfo | undefined {
  return scenarioChannels(scenario).find((channel) => channel.key === key);
}

export function mayReadChannel(scenario: Scenario, recipient: Recipient, key: string): boolean {
  const channel = findChannel(scenario, key);
  if (channel === undefined) return false;
  if (recipient.kind === 'facilitator' || channel.key === 'broadcast') return true;
  return recipient.kind === 'team' && channel.members.includes(recipient.team);
}

export function mayWriteChannel(scenario: Scenario, recipient: Recipient, key: string): boolean {
  if (recipient.kind === 'facilitator') return findChannel(scenario, key) !== undefined;
  if (recipient.kind === 'observer' || key === 'broadcast') return false;
  return mayReadChannel(scenario, recipient, key);
}

/** The channels a recipient reads, in the stable order of `scenarioChannels`. */
export function channelsReadBy(scenario: Scenario, recipient: Recipient): ChannelInfo[] {
  return scenarioChannels(scenario).filter((channel) =>
    mayReadChannel(scenario, recipient, channel.key),
  );
}
