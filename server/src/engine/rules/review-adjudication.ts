import type { EventOf } from '../events';
import type { ExerciseContext, OverrideRecord } from '../exercise-context';
import type { ScenarioIndex } from '../scenario-index';
import { adjudicateMove, NO_SETTINGS, type ReviewSettings } from './adjudicate-move';

/** Entering the review: the proposed adjudication, computed with the exercise's rng. */
export function beginAdjudication(
  index: ScenarioIndex,
  context: ExerciseContext,
): Partial<ExerciseContext> {
  const { adjudication, rng } = adjudicateMove(index, context, NO_SETTINGS, context.rng);
  return { review: adjudication, rng, timer: null };
}

function revise(
  index: ScenarioIndex,
  context: ExerciseContext,
  change: (settings: ReviewSettings) => ReviewSettings,
  audit: Omit<OverrideRecord, 'move'>,
): Partial<ExerciseContext> {
  const review = context.review;
  if (review === null) return {};
  const settings = change({
    rolls: review.rolls,
    outcomeOverrides: review.outcomeOverrides,
    freeform: review.freeform,
    trackOverrides: review.trackOverrides,
  });
  const { adjudication, rng } = adjudicateMove(index, context, settings, context.rng);
  const record: OverrideRecord = { move: context.move, ...audit };
  return { review: adjudication, rng, overrides: [...context.overrides, record] };
}

function outcomeOf(context: ExerciseContext, action: string): string | null {
  return context.review?.results.find((result) => result.id === action)?.outcome ?? null;
}

export function setFreeformOdds(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: EventOf<'facilitator.setFreeformOdds'>,
): Partial<ExerciseContext> {
  const ruling = {
    kind: 'odds' as const,
    odds: event.odds,
    reason: event.reason.trim(),
    onSuccess: event.onSuccess ?? [],
    onFailure: event.onFailure ?? [],
  };
  return revise(
    index,
    context,
    (settings) => ({ ...settings, freeform: { ...settings.freeform, [event.action]: ruling } }),
    {
      at: event.at,
      kind: 'freeform-odds',
      target: event.action,
      from: null,
      to: event.odds,
      reason: ruling.reason,
    },
  );
}

export function vetoFreeform(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: EventOf<'facilitator.vetoFreeform'>,
): Partial<ExerciseContext> {
  const reason = event.reason.trim();
  return revise(
    index,
    context,
    (settings) => {
      const outcomeOverrides = Object.fromEntries(
        Object.entries(settings.outcomeOverrides).filter(([action]) => action !== event.action),
      );
      const freeform = { ...settings.freeform, [event.action]: { kind: 'veto' as const, reason } };
      return { ...settings, freeform, outcomeOverrides };
    },
    {
      at: event.at,
      kind: 'veto',
      target: event.action,
      from: outcomeOf(context, event.action),
      to: 'vetoed',
      reason,
    },
  );
}

export function overrideOutcome(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: EventOf<'facilitator.overrideOutcome'>,
): Partial<ExerciseContext> {
  const override = { outcome: event.outcome, reason: event.reason.trim() };
  return revise(
    index,
    context,
    (settings) => ({
      ...settings,
      outcomeOverrides: { ...settings.outcomeOverrides, [event.action]: override },
    }),
    {
      at: event.at,
      kind: 'outcome',
      target: event.action,
      from: outcomeOf(context, event.action),
      to: event.outcome,
      reason: override.reason,
    },
  );
}

/** During the review a track override applies to the proposal, after every effect. */
export function overrideTrackInReview(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: EventOf<'facilitator.overrideTrack'>,
): Partial<ExerciseContext> {
  const override = { track: event.track, value: event.value, reason: event.reason.trim() };
  return revise(
    index,
    context,
    (settings) => ({
      ...settings,
      trackOverrides: [
        ...settings.trackOverrides.filter((existing) => existing.track !== event.track),
        override,
      ],
    }),
    {
      at: event.at,
      kind: 'track',
      target: event.track,
      from: context.review?.tracksAfter[event.track] ?? null,
      to: event.value,
      reason: override.reason,
    },
  );
}
