import type { ActionResult, Adjudication, AdjudicationView, InjectCard } from '@borderline/shared';
import type { ScenarioIndex } from '../engine';
import { objectCache } from './memo';
import { visibleCause, type ActionIds } from './project-decisions';
import type { Visibility } from './visibility';

/** Whether the recipient may read an inject by id (unknown ids only for Control). */
export function injectReadable(index: ScenarioIndex, visibility: Visibility, id: string): boolean {
  const inject: InjectCard | undefined = index.injects.get(id);
  return inject === undefined ? visibility.isControl : visibility.mayReadInject(inject);
}

/** Whether the recipient may see a result: its own team's, a public action's, or one its outcome revealed. */
export function resultOpen(result: ActionResult, visibility: Visibility): boolean {
  return visibility.ownsTeam(result.team) || result.visibility === 'public' || result.reveals;
}

/**
 * A result the recipient may see, with its id translated: another team's
 * covert action stays out until its outcome reveals it. The injects it
 * triggered are listed only when the recipient may read them.
 */
function visibleResult(
  index: ScenarioIndex,
  result: ActionResult,
  visibility: Visibility,
  ids: ActionIds,
): ActionResult | null {
  if (visibility.isControl) return result;
  const id = ids.get(result.id);
  if (id === undefined || !resultOpen(result, visibility)) return null;
  const triggers = result.triggers.filter((inject) => injectReadable(index, visibility, inject));
  return { ...result, id, triggers };
}

const adjudicationViews = objectCache<Adjudication, AdjudicationView>();

/**
 * A published adjudication never changes: its view depends only on who
 * reads it and on the visible ids of the actions it names.
 */
export function projectAdjudication(
  index: ScenarioIndex,
  adjudication: Adjudication,
  visibility: Visibility,
  ids: ActionIds,
): AdjudicationView {
  if (visibility.isControl) {
    return adjudicationViews(adjudication, 'control', () =>
      buildAdjudication(index, adjudication, visibility, ids),
    );
  }
  const named = [
    ...adjudication.results.map((result) => result.id),
    ...adjudication.injects.flatMap((release) =>
      release.cause.kind === 'action' ? [release.cause.action] : [],
    ),
  ];
  const variant = `${visibility.team ?? ''}|${named.map((id) => ids.get(id) ?? '').join(',')}`;
  return adjudicationViews(adjudication, variant, () =>
    buildAdjudication(index, adjudication, visibility, ids),
  );
}

function buildAdjudication(
  index: ScenarioIndex,
  adjudication: Adjudication,
  visibility: Visibility,
  ids: ActionIds,
): AdjudicationView {
  const results = adjudication.results.flatMap((result) => {
    const visible = visibleResult(index, result, visibility, ids);
    return visible === null ? [] : [visible];
  });
  const injects = adjudication.injects
    .filter((release) => injectReadable(index, visibility, release.inject))
    .map((release) => ({
      inject: release.inject,
      cause: visibility.isControl ? release.cause : visibleCause(release.cause, ids),
      changes: release.changes,
    }));
  const { rolls, outcomeOverrides, freeform, trackOverrides, deferred } = adjudication;
  return {
    move: adjudication.move,
    publishedAt: adjudication.publishedAt,
    tracksBefore: adjudication.tracksBefore,
    tracksAfter: adjudication.tracksAfter,
    results,
    injects,
    overrideChanges: adjudication.overrideChanges,
    dynamics: (adjudication.dynamics ?? []).map((entry) => ({
      ...entry,
      text: index.dynamics.get(entry.dynamic)?.text ?? { en: entry.dynamic },
    })),
    ending: adjudication.ending,
    // Keyed by engine action id: they would name hidden actions.
    inputs: visibility.isControl
      ? { rolls, outcomeOverrides, freeform, trackOverrides, deferred }
      : null,
  };
}
