import type { TFunction } from 'i18next';
import type { ControlLogEntry } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';
import { debriefStageTitle } from '../../hotwash/debrief-stage-title';
import { moveName } from './inject-words';

type LogEvent = ControlLogEntry['event'];

const text = (event: LogEvent, field: string): string => {
  const value = event[field];
  return typeof value === 'string' ? value : '';
};
const count = (event: LogEvent, field: string): number => {
  const value = event[field];
  return typeof value === 'number' ? value : 0;
};
const list = (event: LogEvent, field: string): string[] => {
  const value = event[field];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
};
/** Long texts (narrative, reasons) cut to one line. */
const short = (value: string, max = 120) =>
  value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value;

function decisionSummary(event: LogEvent, t: TFunction, names: Names): string {
  const raw = event.decision;
  const decision = typeof raw === 'object' && raw !== null ? (raw as LogEvent) : null;
  if (decision === null) return t('control.log.summary.decided');
  switch (decision.kind) {
    case 'actions':
      return t('control.log.summary.playedCards', {
        cards: list(decision, 'cards').map(names.card).join(', '),
      });
    case 'freeform':
      return t('control.log.summary.playedFreeform', {
        description: short(text(decision, 'description')),
      });
    default:
      return t('control.log.summary.held');
  }
}

/** One line saying what a logged event did, in the reader's words. */
export function logSummary(entry: ControlLogEntry, t: TFunction, names: Names): string {
  const { event } = entry;
  switch (event.type) {
    case 'facilitator.start':
      return event.skipPractice === true
        ? t('control.log.summary.startSkipping')
        : t('control.log.summary.start');
    case 'facilitator.skipPractice':
      return t('control.log.summary.skipPractice');
    case 'facilitator.advance':
      return t('control.log.summary.advance', { phase: t(`common.phase.${entry.phase}`) });
    case 'facilitator.releaseInject':
      return t('control.log.summary.release', { inject: names.inject(text(event, 'inject')) });
    case 'facilitator.pause':
      return t('control.log.summary.pause');
    case 'facilitator.resume':
      return t('control.log.summary.resume');
    case 'facilitator.adjustDeadline': {
      const minutes = Math.round((count(event, 'deltaMs') / 60_000) * 10) / 10;
      return minutes >= 0
        ? t('control.log.summary.extend', { minutes })
        : t('control.log.summary.shorten', { minutes: -minutes });
    }
    case 'facilitator.skipTurn':
      return t('control.log.summary.skipTurn', { team: names.team(text(event, 'team')) });
    case 'facilitator.setFreeformOdds':
      return t('control.log.summary.odds', {
        action: names.action(text(event, 'action')),
        odds: count(event, 'odds'),
        reason: short(text(event, 'reason')),
      });
    case 'facilitator.vetoFreeform':
      return t('control.log.summary.veto', {
        action: names.action(text(event, 'action')),
        reason: short(text(event, 'reason')),
      });
    case 'facilitator.overrideOutcome':
      return t('control.log.summary.outcome', {
        action: names.action(text(event, 'action')),
        outcome:
          text(event, 'outcome') === 'failure'
            ? t('control.outcome.failure')
            : t('control.outcome.success'),
        reason: short(text(event, 'reason')),
      });
    case 'facilitator.overrideTrack':
      return t('control.log.summary.track', {
        track: names.track(text(event, 'track')),
        value: count(event, 'value'),
        reason: short(text(event, 'reason')),
      });
    case 'facilitator.addNarrative':
      return t('control.log.summary.narrative', { text: short(text(event, 'text')) });
    case 'facilitator.publishAdjudication':
      return t('control.log.summary.publish', { move: moveName(entry.move, t) });
    case 'facilitator.endEarly': {
      const ending = text(event, 'ending');
      return ending === ''
        ? t('control.log.summary.endEarly', { reason: short(text(event, 'reason')) })
        : t('control.log.summary.endEarlyWith', {
            ending: names.ending(ending),
            reason: short(text(event, 'reason')),
          });
    }
    case 'facilitator.openDebriefStage':
      return t('control.log.summary.openDebriefStage', {
        stage: debriefStageTitle(text(event, 'stage'), t),
      });
    case 'facilitator.closeHotwash':
      return t('control.log.summary.closeHotwash');
    case 'team.submitDecision':
      return decisionSummary(event, t, names);
    case 'team.chooseDilemmaOption':
      return t('control.log.summary.dilemma', {
        option: names.dilemmaOption(text(event, 'option')),
      });
    case 'player.submitReflection':
      return t('control.log.summary.reflection');
    case 'clock.deadlineReached':
      return t('control.log.summary.deadline', { phase: t(`common.phase.${entry.phase}`) });
    default:
      return t('control.log.summary.other');
  }
}

/** Who did it: Control, the clock, a bot's seat, or a player (with the team a team's event was for). */
export function logSender(entry: ControlLogEntry, t: TFunction, names: Names): string {
  const { sender, event } = entry;
  switch (sender.kind) {
    case 'facilitator':
      return t('common.chat.control');
    case 'clock':
      return t('control.log.clock');
    case 'bot':
      return t('control.log.bot', { team: names.team(sender.team) });
    case 'player': {
      const team = typeof event['team'] === 'string' ? event['team'] : null;
      const name = names.player(sender.playerId);
      return team === null ? name : `${name} (${names.team(team)})`;
    }
  }
}
