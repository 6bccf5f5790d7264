import type { LocalizedText, ReplayStepType, Scenario } from '@borderline/shared';
import { EVENT_TYPES, type ExerciseContext, type ExerciseEvent } from '../engine';

// Fails to compile when the engine gains an event the protocol's step types lack.
const KNOWN_TYPES: readonly ReplayStepType[] = EVENT_TYPES;
void KNOWN_TYPES;

/** What a step names besides its type: the team it concerns and one more id, with its name. */
export interface StepSubject {
  team: string | null;
  subject: string | null;
  subjectName: LocalizedText | null;
}

/** The scenario's name for what an event names, where it has one. */
function subjectName(scenario: Scenario, event: ExerciseEvent): LocalizedText | null {
  switch (event.type) {
    case 'facilitator.releaseInject':
      return scenario.injects.find((inject) => inject.id === event.inject)?.title ?? null;
    case 'facilitator.overrideTrack':
      return scenario.tracks.find((track) => track.id === event.track)?.name ?? null;
    case 'facilitator.endEarly':
      return scenario.endings.find((ending) => ending.id === event.ending)?.title ?? null;
    case 'team.chooseDilemmaOption':
      for (const ending of scenario.endings) {
        const option = ending.dilemma?.options.find((candidate) => candidate.id === event.option);
        if (option !== undefined) return option.label;
      }
      return null;
    default:
      return null;
  }
}

export function subjectOf(scenario: Scenario, event: ExerciseEvent): StepSubject {
  return { ...idsOf(event), subjectName: subjectName(scenario, event) };
}

function idsOf(event: ExerciseEvent): Omit<StepSubject, 'subjectName'> {
  switch (event.type) {
    case 'team.chooseDilemmaOption':
      return { team: event.team, subject: event.option };
    case 'team.submitDecision':
    case 'facilitator.skipTurn':
      return { team: event.team, subject: null };
    case 'facilitator.releaseInject':
      return { team: null, subject: event.inject };
    case 'facilitator.overrideTrack':
      return { team: null, subject: event.track };
    case 'facilitator.setFreeformOdds':
    case 'facilitator.vetoFreeform':
    case 'facilitator.overrideOutcome':
      return { team: null, subject: event.action };
    case 'facilitator.endEarly':
      return { team: null, subject: event.ending ?? null };
    case 'facilitator.openDebriefStage':
      return { team: null, subject: event.stage };
    case 'player.submitReflection':
      return { team: event.team ?? null, subject: null };
    case 'player.answerKnowledgeCheck':
      return { team: event.team, subject: event.attempt };
    default:
      return { team: null, subject: null };
  }
}

function namer(scenario: Scenario) {
  const team = (id: string) => scenario.teams.find((t) => t.id === id)?.name.en ?? id;
  const inject = (id: string) => scenario.injects.find((i) => i.id === id)?.title.en ?? id;
  const track = (id: string) => scenario.tracks.find((t) => t.id === id)?.name.en ?? id;
  return { team, inject, track };
}

/** Where an advance (or a deadline) took the exercise, in words. */
function arrival(after: ExerciseContext): string {
  if (after.phase === 'injects') return `opened move ${after.move}`;
  return `moved on to ${after.phase}`;
}

/**
 * A step in a few English words, for programs and logs (the browser words
 * its own from the type, team and subject). `after` is the state the event
 * left behind.
 */
export function stepLabel(
  scenario: Scenario,
  event: ExerciseEvent,
  after: ExerciseContext,
): string {
  const name = namer(scenario);
  switch (event.type) {
    case 'facilitator.start':
      return after.phase === 'injects'
        ? `Control resumed play at move ${after.move}`
        : 'Control started the exercise';
    case 'facilitator.skipPractice':
      return 'Control skipped the practice move';
    case 'facilitator.advance':
      return `Control ${arrival(after)}`;
    case 'facilitator.releaseInject':
      return `Control released "${name.inject(event.inject)}"`;
    case 'facilitator.pause':
      return 'Control paused the exercise';
    case 'facilitator.resume':
      return 'Control resumed the exercise';
    case 'facilitator.adjustDeadline': {
      const minutes = Math.round(Math.abs(event.deltaMs) / 60_000);
      return `Control ${event.deltaMs >= 0 ? 'extended' : 'shortened'} the deadline by ${minutes} min`;
    }
    case 'facilitator.skipTurn':
      return `Control skipped ${name.team(event.team)}'s turn`;
    case 'facilitator.setFreeformOdds':
      return `Control set a free-form action's odds to ${event.odds}%`;
    case 'facilitator.vetoFreeform':
      return 'Control vetoed a free-form action';
    case 'facilitator.overrideOutcome':
      return `Control ruled an action a ${event.outcome}`;
    case 'facilitator.overrideTrack':
      return `Control set ${name.track(event.track)} to ${event.value}`;
    case 'facilitator.addNarrative':
      return 'Control wrote the narrative';
    case 'facilitator.publishAdjudication':
      return `Control published the results of move ${after.move}`;
    case 'facilitator.endEarly':
      return 'Control ended the play early';
    case 'facilitator.openDebriefStage':
      return `Control opened the debrief's "${event.stage}" stage`;
    case 'facilitator.closeHotwash':
      return 'Control closed the hotwash';
    case 'team.submitDecision':
      return `${name.team(event.team)} decided`;
    case 'team.chooseDilemmaOption':
      return `${name.team(event.team)} settled the dilemma`;
    case 'player.submitReflection':
      return 'A player wrote a reflection';
    case 'player.answerKnowledgeCheck':
      return event.attempt === 'before'
        ? 'A player answered the knowledge check before the first move'
        : 'A player answered the knowledge check in the hotwash';
    case 'fork.openLobby':
      return `The fork opened its lobby at move ${after.move}`;
    case 'clock.deadlineReached':
      return after.phase === 'injects'
        ? `Time ran out: ${arrival(after)}`
        : `Time ran out (${after.phase})`;
  }
}
