import type { ParticipationCounts } from '@borderline/shared';
import type { ChatRecord } from '../store/exercise-store';
import type { StoredEntry } from './stored-entry';

/** What one player has done so far, for the facilitator's eye on who carries a team. */
export type Participation = ParticipationCounts;

const none = (): Participation => ({ messages: 0, drafts: 0, decisions: 0, reflections: 0 });

/** Counters per player, fed by the stored log and chat, so a restart rebuilds them exactly. */
export class ParticipationCounter {
  private readonly counts = new Map<string, Participation>();

  countEntry(entry: StoredEntry): void {
    if (entry.sender.kind !== 'player') return;
    const counts = this.of(entry.sender.playerId);
    if (entry.kind === 'service') {
      if (entry.service.type === 'draft.update') counts.drafts += 1;
      return;
    }
    if (entry.event.type === 'team.submitDecision') counts.decisions += 1;
    if (entry.event.type === 'player.submitReflection') counts.reflections += 1;
  }

  countChat(message: ChatRecord): void {
    if (message.sender !== 'facilitator') this.of(message.sender).messages += 1;
  }

  get(playerId: string): Participation {
    return { ...(this.counts.get(playerId) ?? none()) };
  }

  private of(playerId: string): Participation {
    let counts = this.counts.get(playerId);
    if (counts === undefined) {
      counts = none();
      this.counts.set(playerId, counts);
    }
    return counts;
  }
}
