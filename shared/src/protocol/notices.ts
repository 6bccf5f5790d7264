import type { LocalizedText } from '../scenario/index';
import type { Phase } from './explanation';

/**
 * Short past-tense notices for toasts and sounds. They repeat nothing the
 * recipient's view does not already hold: the server derives them from two
 * successive views of the same recipient, so they cannot leak.
 */
export type Notice =
  | { type: 'phase.changed'; phase: Phase; move: number }
  | { type: 'exercise.paused' }
  | { type: 'exercise.resumed' }
  | { type: 'inject.released'; inject: string; title: LocalizedText }
  | { type: 'decision.submitted'; team: string; move: number }
  | { type: 'adjudication.published'; move: number }
  | { type: 'exercise.ended'; ending: string | null }
  | { type: 'player.joined'; player: string; name: string }
  | { type: 'player.left'; player: string; name: string }
  | { type: 'lobby.locked'; locked: boolean };

export type NoticeType = Notice['type'];
