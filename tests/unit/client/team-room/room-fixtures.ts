import type { Ack, CommandReceipt, ExerciseView, RosterEntry } from '@borderline/shared';
import type { OutgoingCommand } from '@borderline/shared/client';
import { initI18n } from '../../../../client/src/i18n/init-i18n';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { initialChat } from '../../../../client/src/state/chat-slice';
import { useExerciseStore } from '../../../../client/src/state/exercise-store';
import { scenario, viewAt } from '../support/game-views';

/** What a mocked `sendCommand` answers: applied. */
export const applied: Ack<CommandReceipt> = {
  ok: true,
  data: { commandId: 'cmd-test-0001', duplicate: false },
};

export function startRoomTests(): void {
  chooseLanguage('en');
  initI18n();
}

/** A fresh store: no persisted drafts, no chat held (the room then reads the view's). */
export function resetStore(): void {
  useExerciseStore.setState({ drafts: { byKey: {} }, chat: initialChat });
}

/** The commands a mocked `sendCommand` was given, of one type. */
export function sent<T extends OutgoingCommand['type']>(
  calls: unknown[][],
  type: T,
): Extract<OutgoingCommand, { type: T }>[] {
  return calls
    .map((call) => call[0] as OutgoingCommand)
    .filter((command): command is Extract<OutgoingCommand, { type: T }> => command.type === type);
}

/** Washington on its turn in move 1, with no shared draft yet (the recorded game has one). */
export function washingtonDeciding(): ExerciseView {
  const view = viewAt('washington', 'decisions', 1);
  view.drafts = [];
  return view;
}

const ana: RosterEntry = {
  id: 'p-ana',
  name: 'Ana Lead',
  team: 'washington',
  isLead: true,
  isBot: false,
  connected: true,
};

/** The same turn seen by a Washington member who is not the lead (Ana leads). */
export function washingtonMemberDeciding(): ExerciseView {
  const view = washingtonDeciding();
  if (view.team === null) throw new Error('expected a team view');
  view.team.isLead = false;
  view.roster = [
    ...view.roster.map((entry) =>
      entry.team === 'washington' ? { ...entry, isLead: false } : entry,
    ),
    ana,
  ];
  return view;
}

/** A view in the dilemma of the scenario's overt-strike ending, for `who`. */
export function dilemmaView(who: 'washington' | 'mexico-city'): ExerciseView {
  const view = viewAt(who, 'results', 2);
  const ending = scenario.endings.find((candidate) => candidate.dilemma !== undefined);
  if (ending?.dilemma === undefined) throw new Error('expected an ending with a dilemma');
  view.exercise.phase = 'dilemma';
  view.exercise.tags = ['accepting-dilemma'];
  view.exercise.timer = null;
  view.ending = {
    state: {
      id: ending.id,
      kind: 'early',
      trace: null,
      move: 2,
      at: view.exercise.serverTime ?? 0,
      reason: null,
      dilemma: { team: ending.dilemma.team, option: null, changes: [] },
    },
    title: ending.title,
    text: ending.text,
    dilemma: ending.dilemma,
  };
  return view;
}
