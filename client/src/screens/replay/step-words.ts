import type { TFunction } from 'i18next';
import type { Language, ReplayStep, ReplayTimelineResponse } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { debriefStageTitle } from '../hotwash/debrief-stage-title';

/** A team's name from the replay's list, or its id. */
export function replayTeamName(
  timeline: Pick<ReplayTimelineResponse, 'teams'>,
  id: string,
  language: Language,
): string {
  const team = timeline.teams.find((candidate) => candidate.id === id);
  return team === undefined ? id : localize(team.name, language);
}

/** What happened at a step, in the reader's language. */
export function stepWords(
  step: ReplayStep,
  timeline: Pick<ReplayTimelineResponse, 'teams'>,
  t: TFunction,
  language: Language,
): string {
  const team = step.team === null ? '' : replayTeamName(timeline, step.team, language);
  const subject =
    step.subjectName !== null ? localize(step.subjectName, language) : (step.subject ?? '');
  const phase = t(`common.phase.${step.phase}`);
  switch (step.type) {
    case 'created':
      return t('replay.event.created');
    case 'facilitator.start':
      // A fork's lobby resumes play inside its move.
      return step.phase === 'injects'
        ? t('replay.event.resumeFork', { move: step.move })
        : t('replay.event.start');
    case 'facilitator.skipPractice':
      return t('replay.event.skipPractice');
    case 'facilitator.advance':
      return step.phase === 'injects'
        ? t('replay.event.openMove', { move: step.move })
        : t('replay.event.advance', { phase });
    case 'facilitator.releaseInject':
      return t('replay.event.releaseInject', { inject: subject });
    case 'facilitator.pause':
      return t('replay.event.pause');
    case 'facilitator.resume':
      return t('replay.event.resume');
    case 'facilitator.adjustDeadline':
      return t('replay.event.adjustDeadline');
    case 'facilitator.skipTurn':
      return t('replay.event.skipTurn', { team });
    case 'facilitator.setFreeformOdds':
      return t('replay.event.setFreeformOdds');
    case 'facilitator.vetoFreeform':
      return t('replay.event.vetoFreeform');
    case 'facilitator.overrideOutcome':
      return t('replay.event.overrideOutcome');
    case 'facilitator.overrideTrack':
      return t('replay.event.overrideTrack', { track: subject });
    case 'facilitator.addNarrative':
      return t('replay.event.addNarrative');
    case 'facilitator.publishAdjudication':
      return t('replay.event.publishAdjudication', { move: step.move });
    case 'facilitator.endEarly':
      return t('replay.event.endEarly');
    case 'facilitator.openDebriefStage':
      return t('replay.event.openDebriefStage', { stage: debriefStageTitle(step.subject, t) });
    case 'facilitator.closeHotwash':
      return t('replay.event.closeHotwash');
    case 'team.submitDecision':
      return t('replay.event.submitDecision', { team });
    case 'team.chooseDilemmaOption':
      return t('replay.event.chooseDilemmaOption', { team, option: subject });
    case 'player.submitReflection':
      return step.team === null
        ? t('replay.event.submitReflectionObserver')
        : t('replay.event.submitReflection', { team });
    case 'player.answerKnowledgeCheck':
      return step.subject === 'after'
        ? t('replay.event.answerKnowledgeCheckAfter', { team })
        : t('replay.event.answerKnowledgeCheckBefore', { team });
    case 'fork.openLobby':
      return t('replay.event.openForkLobby', { move: step.move });
    case 'clock.deadlineReached':
      return step.phase === 'injects'
        ? t('replay.event.timeUpOpenMove', { move: step.move })
        : t('replay.event.timeUp', { phase });
  }
}
