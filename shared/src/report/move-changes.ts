import type { ActionResult, TrackChange } from '../protocol/index';
import type { ReportCause, ReportChange } from './report-parts';
import { cardOf, change, injectTitle, text, type FacilitatorView } from './report-source';

/** When in a move a track moved: as injects came in, in the adjudication, or by a dilemma's answer. */
export type ChangeStage = 'release' | 'adjudication' | 'dilemma';

export interface CausedChange extends ReportChange {
  cause: ReportCause;
  stage: ChangeStage;
}

function actionCause(view: FacilitatorView, result: ActionResult): ReportCause {
  const decision = view.decisions.find((candidate) =>
    candidate.actions.some((action) => action.id === result.id),
  );
  const played = decision?.actions.find((action) => action.id === result.id);
  return {
    kind: 'action',
    action: result.id,
    team: result.team,
    card: cardOf(view, result.card),
    freeform: played?.freeform?.description ?? null,
    outcome: result.outcome,
  };
}

/**
 * Every change of a track in one move, in the order the engine made them:
 * the injects released as the move went on, then the adjudication (each
 * action's costs and effects, the injects it set off, Control's track
 * overrides), then a dilemma's answer. Changes that moved nothing are left out.
 */
export function moveChanges(view: FacilitatorView, move: number): CausedChange[] {
  const changes: CausedChange[] = [];
  const add = (list: TrackChange[], cause: ReportCause, stage: ChangeStage) => {
    for (const item of list) {
      if (item.from !== item.to) changes.push({ ...change(item), cause, stage });
    }
  };
  const adjudication = view.adjudications.find((candidate) => candidate.move === move);
  const triggered = new Set(adjudication?.injects.map((entry) => entry.inject) ?? []);
  for (const inject of view.injects) {
    if (inject.release.move !== move || triggered.has(inject.id)) continue;
    add(
      inject.release.changes,
      { kind: 'inject', inject: inject.id, title: text(inject.title) },
      'release',
    );
  }
  if (adjudication !== undefined) {
    for (const result of adjudication.results) {
      const cause = actionCause(view, result);
      add(result.costs, cause, 'adjudication');
      add(result.effects, cause, 'adjudication');
    }
    for (const entry of adjudication.injects) {
      const cause: ReportCause = {
        kind: 'inject',
        inject: entry.inject,
        title: injectTitle(view, entry.inject),
      };
      add(entry.changes, cause, 'adjudication');
    }
    for (const entry of adjudication.dynamics) {
      const cause: ReportCause = {
        kind: 'dynamic',
        dynamic: entry.dynamic,
        text: text(entry.text),
      };
      add(entry.changes, cause, 'adjudication');
    }
    for (const override of adjudication.overrideChanges) {
      add([override], { kind: 'override', reason: override.reason }, 'adjudication');
    }
  }
  const ending = view.ending;
  const answer = ending?.state.dilemma;
  if (ending !== null && answer !== null && answer !== undefined && ending.state.move === move) {
    const option = ending.dilemma?.options.find((candidate) => candidate.id === answer.option);
    const cause: ReportCause = {
      kind: 'dilemma',
      team: answer.team,
      option: answer.option,
      label: option === undefined ? null : text(option.label),
    };
    add(answer.changes, cause, 'dilemma');
  }
  return changes;
}
