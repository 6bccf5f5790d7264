import { z } from 'zod';
import { Effect } from '../scenario/effect';
import {
  boundedText,
  commandSchema,
  LIMITS,
  RefId,
  requiredText,
  ServerId,
} from './command-fields';

/**
 * Control's commands. Each is the engine event of the same name without `at`
 * (the server stamps the time). Only the facilitator key's holder may send them.
 */

const Reason = requiredText(LIMITS.reason);
const Effects = z.array(Effect).max(LIMITS.effects, `expected at most ${LIMITS.effects} effects`);

export const StartCommand = commandSchema('facilitator.start', {
  skipPractice: z.boolean().optional(),
});
export const SkipPracticeCommand = commandSchema('facilitator.skipPractice', {});
export const AdvanceCommand = commandSchema('facilitator.advance', {});
export const ReleaseInjectCommand = commandSchema('facilitator.releaseInject', { inject: RefId });
export const PauseCommand = commandSchema('facilitator.pause', {});
export const ResumeCommand = commandSchema('facilitator.resume', {});

/** Extends (positive) or shortens (negative) the current deadline, in milliseconds. */
export const AdjustDeadlineCommand = commandSchema('facilitator.adjustDeadline', {
  deltaMs: z
    .number('expected a number of milliseconds')
    .int('expected a whole number of milliseconds')
    .min(-LIMITS.deadlineDeltaMs, 'expected at most four hours')
    .max(LIMITS.deadlineDeltaMs, 'expected at most four hours'),
});

/** The team whose turn it is holds now. */
export const SkipTurnCommand = commandSchema('facilitator.skipTurn', {
  team: RefId,
  reason: boundedText(LIMITS.reason).optional(),
});

/** `action` is the id of an action result under review, such as "m2-cartels-0". */
export const SetFreeformOddsCommand = commandSchema('facilitator.setFreeformOdds', {
  action: ServerId,
  odds: z.number('expected a percentage').int().min(0).max(100),
  reason: Reason,
  onSuccess: Effects.optional(),
  onFailure: Effects.optional(),
});

export const VetoFreeformCommand = commandSchema('facilitator.vetoFreeform', {
  action: ServerId,
  reason: Reason,
});

export const OverrideOutcomeCommand = commandSchema('facilitator.overrideOutcome', {
  action: ServerId,
  outcome: z.enum(['success', 'failure']),
  reason: Reason,
});

export const OverrideTrackCommand = commandSchema('facilitator.overrideTrack', {
  track: RefId,
  value: z.number('expected a whole number').int('expected a whole number'),
  reason: Reason,
});

export const AddNarrativeCommand = commandSchema('facilitator.addNarrative', {
  text: requiredText(LIMITS.narrative),
});

export const PublishAdjudicationCommand = commandSchema('facilitator.publishAdjudication', {});

/** Ends the exercise now, optionally naming one of the scenario's endings. */
export const EndEarlyCommand = commandSchema('facilitator.endEarly', {
  reason: Reason,
  ending: RefId.optional(),
});

/** Opens a stage of the hotwash's debrief (one of DEBRIEF_STAGES) on every screen. */
export const OpenDebriefStageCommand = commandSchema('facilitator.openDebriefStage', {
  stage: RefId,
});

export const CloseHotwashCommand = commandSchema('facilitator.closeHotwash', {});

export const FACILITATOR_COMMANDS = [
  StartCommand,
  SkipPracticeCommand,
  AdvanceCommand,
  ReleaseInjectCommand,
  PauseCommand,
  ResumeCommand,
  AdjustDeadlineCommand,
  SkipTurnCommand,
  SetFreeformOddsCommand,
  VetoFreeformCommand,
  OverrideOutcomeCommand,
  OverrideTrackCommand,
  AddNarrativeCommand,
  PublishAdjudicationCommand,
  EndEarlyCommand,
  OpenDebriefStageCommand,
  CloseHotwashCommand,
] as const;
