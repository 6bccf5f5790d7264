import type { Ack, CommandReceipt, ExerciseView } from '@borderline/shared';
import type { OutgoingCommand } from '@borderline/shared/client';
import { initI18n } from '../../../../client/src/i18n/init-i18n';
import { chooseLanguage } from '../../../../client/src/state/actions';

/** What a mocked `sendCommand` answers: applied. */
export const applied: Ack<CommandReceipt> = {
  ok: true,
  data: { commandId: 'cmd-test-0001', duplicate: false },
};

export function startDomTests(): void {
  chooseLanguage('en');
  initI18n();
}

/** The commands a mocked `sendCommand` was given. */
export function sentCommands(calls: unknown[][]): OutgoingCommand[] {
  return calls.map((call) => call[0] as OutgoingCommand);
}

/**
 * Strings the facilitator's view holds and no observer may ever see: every
 * team's secret briefing and secret objectives, every rationale, the
 * injects meant for one team only, and covert cards' names.
 */
export function secretsOf(facilitator: ExerciseView): string[] {
  const control = facilitator.control;
  if (control === null) throw new Error('expected the facilitator’s view');
  const secrets = [
    ...control.teams.map((team) => team.secretBriefing.en),
    ...control.teams.flatMap((team) =>
      team.objectives.filter((o) => o.visibility === 'secret').map((o) => o.text.en),
    ),
    ...facilitator.decisions.map((decision) => decision.rationale ?? ''),
    ...facilitator.injects
      .filter((inject) => inject.audience !== 'all')
      .map((inject) => inject.body.en),
    ...control.cards.filter((card) => card.visibility === 'covert').map((card) => card.name.en),
  ];
  return secrets.filter((secret) => secret.trim() !== '');
}
