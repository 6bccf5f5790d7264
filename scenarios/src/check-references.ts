import type { Condition, Scenario } from '@borderline/shared';
import type { Path, Problem } from './problem';
import { indexScenario, listIds } from './scenario-index';
import type { ScenarioIndex } from './scenario-index';
import { eachSubCondition, listConditions, listEffects } from './scenario-walk';

/** Every id the scenario mentions must name something it defines. */
export function checkReferences(scenario: Scenario): Problem[] {
  const index = indexScenario(scenario);
  return [
    ...checkTurnOrder(scenario, index),
    ...checkActionTeams(scenario, index),
    ...checkEffects(scenario, index),
    ...listConditions(scenario).flatMap(({ condition, path }) =>
      checkConditionReferences(condition, path, index),
    ),
    ...checkActionTriggers(scenario, index),
    ...checkInjectReferences(scenario, index),
    ...checkOtherSources(scenario),
    ...checkDilemmaTeams(scenario, index),
    ...checkChannelMembers(scenario, index),
  ];
}

/** The turn order lists every team exactly once. */
function checkTurnOrder(scenario: Scenario, index: ScenarioIndex): Problem[] {
  const order = scenario.rules.turnOrder;
  const problems: Problem[] = [];
  order.forEach((team, position) => {
    const path = ['rules', 'turnOrder', position];
    if (!index.teams.has(team)) problems.push(unknownTeam(path, team, index));
    else if (order.indexOf(team) !== position) {
      problems.push({ path, message: `team "${team}" appears twice in the turn order` });
    }
  });
  const missing = [...index.teams].filter((team) => !order.includes(team));
  if (missing.length > 0) {
    problems.push({
      path: ['rules', 'turnOrder'],
      message: `the turn order misses ${missing.length === 1 ? 'team' : 'teams'} ${listIds(missing)} (it must list every team once)`,
    });
  }
  return problems;
}

/** A channel joins real teams, each named once. */
function checkChannelMembers(scenario: Scenario, index: ScenarioIndex): Problem[] {
  return scenario.channels.flatMap((channel, c) =>
    channel.members.flatMap((team, m): Problem[] => {
      const path = ['channels', c, 'members', m];
      if (!index.teams.has(team)) return [unknownTeam(path, team, index)];
      if (channel.members.indexOf(team) !== m) {
        return [{ path, message: `team "${team}" is named twice in channel "${channel.id}"` }];
      }
      return [];
    }),
  );
}

function checkActionTeams(scenario: Scenario, index: ScenarioIndex): Problem[] {
  return scenario.actions.flatMap((action, a) =>
    index.teams.has(action.team) ? [] : [unknownTeam(['actions', a, 'team'], action.team, index)],
  );
}

/** Effects move real tracks, and an absolute value lies within the track's range. */
function checkEffects(scenario: Scenario, index: ScenarioIndex): Problem[] {
  return listEffects(scenario).flatMap(({ effect, path }): Problem[] => {
    const track = index.tracks.get(effect.track);
    if (track === undefined) return [unknownTrack([...path, 'track'], effect.track, index)];
    if (
      effect.atLeast !== undefined &&
      (effect.atLeast < track.min || effect.atLeast > track.max)
    ) {
      return [
        {
          path: [...path, 'atLeast'],
          message: `atLeast ${effect.atLeast} is outside the range of track "${track.id}" (${track.min} to ${track.max})`,
        },
      ];
    }
    if (effect.set !== undefined && (effect.set < track.min || effect.set > track.max)) {
      return [
        {
          path: [...path, 'set'],
          message: `set ${effect.set} is outside the range of track "${track.id}" (${track.min} to ${track.max})`,
        },
      ];
    }
    return [];
  });
}

export function checkConditionReferences(
  root: Condition,
  rootPath: Path,
  index: ScenarioIndex,
): Problem[] {
  return eachSubCondition(root, rootPath).flatMap(({ condition, path }): Problem[] => {
    switch (condition.type) {
      case 'track':
        return index.tracks.has(condition.track)
          ? []
          : [unknownTrack([...path, 'track'], condition.track, index)];
      case 'action':
        return index.actions.has(condition.action)
          ? []
          : [{ path: [...path, 'action'], message: `unknown action "${condition.action}"` }];
      case 'inject':
        return index.injects.has(condition.inject)
          ? []
          : [{ path: [...path, 'inject'], message: `unknown inject "${condition.inject}"` }];
      default:
        return [];
    }
  });
}

/** An action can only trigger an inject that waits to be triggered. */
function checkActionTriggers(scenario: Scenario, index: ScenarioIndex): Problem[] {
  return scenario.actions.flatMap((action, a) =>
    (['onSuccess', 'onFailure'] as const).flatMap((outcome) =>
      action[outcome].triggers.flatMap((injectId, t): Problem[] => {
        const path = ['actions', a, outcome, 'triggers', t];
        const inject = index.injects.get(injectId);
        if (inject === undefined) return [{ path, message: `unknown inject "${injectId}"` }];
        if (inject.release.type !== 'triggered') {
          return [
            {
              path,
              message: `inject "${injectId}" is released as "${inject.release.type}", so no action can trigger it (expected release type "triggered")`,
            },
          ];
        }
        return [];
      }),
    ),
  );
}

/** Inject audiences, questions and expected actions name teams; objectives name learning objectives. */
function checkInjectReferences(scenario: Scenario, index: ScenarioIndex): Problem[] {
  const teamOrAll = (team: string, path: Path): Problem[] =>
    team === 'all' || index.teams.has(team) ? [] : [unknownTeam(path, team, index, true)];
  return scenario.injects.flatMap((inject, i) => [
    ...(inject.audience === 'all'
      ? []
      : inject.audience.flatMap((team, a) => teamOrAll(team, ['injects', i, 'audience', a]))),
    ...inject.questions.flatMap((question, q) =>
      teamOrAll(question.team, ['injects', i, 'questions', q, 'team']),
    ),
    ...inject.expectedActions.flatMap((expected, e) =>
      teamOrAll(expected.team, ['injects', i, 'expectedActions', e, 'team']),
    ),
    ...inject.objectives.flatMap((objective, o): Problem[] =>
      index.learningObjectives.has(objective)
        ? []
        : [
            {
              path: ['injects', i, 'objectives', o],
              message: `unknown learning objective "${objective}" (learning objectives: ${listIds(index.learningObjectives)})`,
            },
          ],
    ),
  ]);
}

/** Further sources have distinct ids, and a card cites only a source the scenario lists. */
function checkOtherSources(scenario: Scenario): Problem[] {
  const ids = scenario.otherSources.map((source) => source.id);
  const twice = scenario.otherSources.flatMap((source, s): Problem[] =>
    ids.indexOf(source.id) === s
      ? []
      : [{ path: ['otherSources', s, 'id'], message: `source "${source.id}" is listed twice` }],
  );
  const known =
    ids.length === 0 ? 'the scenario lists none in otherSources' : `otherSources: ${listIds(ids)}`;
  const cited = scenario.injects.flatMap((inject, i) =>
    inject.alsoCites.flatMap((citation, c): Problem[] =>
      ids.includes(citation.source)
        ? []
        : [
            {
              path: ['injects', i, 'alsoCites', c, 'source'],
              message: `unknown source "${citation.source}" (${known})`,
            },
          ],
    ),
  );
  return [...twice, ...cited];
}

function checkDilemmaTeams(scenario: Scenario, index: ScenarioIndex): Problem[] {
  return scenario.endings.flatMap((ending, e) =>
    ending.dilemma === undefined || index.teams.has(ending.dilemma.team)
      ? []
      : [unknownTeam(['endings', e, 'dilemma', 'team'], ending.dilemma.team, index)],
  );
}

function unknownTeam(path: Path, team: string, index: ScenarioIndex, allowAll = false): Problem {
  const valid = listIds(allowAll ? ['all', ...index.teams] : index.teams);
  return { path, message: `unknown team "${team}" (expected one of ${valid})` };
}

function unknownTrack(path: Path, track: string, index: ScenarioIndex): Problem {
  return { path, message: `unknown track "${track}" (tracks: ${listIds(index.tracks.keys())})` };
}
