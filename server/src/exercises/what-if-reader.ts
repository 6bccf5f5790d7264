import type { Recipient, Scenario, WhatIfResponse } from '@borderline/shared';
import { indexScenario, type ExerciseContext } from '../engine';
import { projectWhatIf } from '../projection';
import type { ReplayReader } from './replay-reader';

function recipientOf(reader: Extract<ReplayReader, { kind: 'player' }>): Recipient {
  return reader.team === null
    ? { kind: 'observer', player: reader.playerId }
    : { kind: 'team', team: reader.team, player: reader.playerId };
}

/**
 * The analysis as `reader` may read it now. Control reads all of it, and so
 * does a player once Control has revealed the teams' secrets (the player
 * may then replay every team's point of view). Otherwise a player reads it
 * as their own view shows the game (`projectWhatIf`): another team's
 * unrevealed covert action, card or free-form, stays that team's secret, as
 * it does in the players' debrief.
 */
export function whatIfFor(
  scenario: Scenario,
  context: ExerciseContext,
  response: WhatIfResponse,
  reader: ReplayReader,
  secretsRevealed: boolean,
): WhatIfResponse {
  if (response.status !== 'ready' || reader.kind === 'facilitator' || secretsRevealed) {
    return response;
  }
  const index = indexScenario(scenario);
  const analysis = projectWhatIf(index, context, response.analysis, recipientOf(reader));
  return { status: 'ready', analysis };
}
