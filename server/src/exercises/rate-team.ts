import type { RateTeamCommand } from '@borderline/shared';
import type { ExerciseRuntime } from './exercise-runtime';
import type { LiveExercise } from './live-exercise';
import { serviceError } from './service-error';

/**
 * Control's rating of a team on a learning objective, at a level of its
 * rubric: checked against the scenario, kept in the exercise's log as a
 * service fact (so it survives a restart and is taken after the end, when
 * the engine takes nothing), and announced so that Control's screens follow.
 */
export function rateTeam(
  runtime: ExerciseRuntime,
  live: LiveExercise,
  command: Pick<RateTeamCommand, 'team' | 'objective' | 'level' | 'note'>,
): void {
  const { scenario } = live;
  if (live.engine.phase === 'lobby') {
    throw serviceError('not-started', 'Teams are rated once the exercise has started.');
  }
  if (!scenario.teams.some((team) => team.id === command.team)) {
    throw serviceError('unknown-team', `There is no team "${command.team}" in this exercise.`);
  }
  // Nobody learns at a seat only bots play: a rating there would put the bot
  // in the improvement plan. Clearing one (no level, no note) stays allowed.
  const clearing = command.level === null && (command.note ?? null) === null;
  if (!clearing && live.roster.seats()[command.team] === 'bot') {
    throw serviceError(
      'bot-team-not-rated',
      `Only bots play ${command.team}: a team without people is not rated.`,
      { team: command.team },
    );
  }
  const rubric = scenario.rubrics.find((candidate) => candidate.objective === command.objective);
  if (rubric === undefined) {
    throw serviceError(
      'unknown-objective',
      `"${command.objective}" is not a learning objective with a rubric in this scenario.`,
    );
  }
  if (command.level !== null && !rubric.levels.some((level) => level.id === command.level)) {
    const levels = rubric.levels.map((level) => level.id).join(', ');
    throw serviceError(
      'unknown-rubric-level',
      `"${command.level}" is not a level of this objective's rubric; its levels are ${levels}.`,
    );
  }
  const note = command.note?.trim() ?? '';
  runtime.appendService(
    live,
    {
      type: 'rating.set',
      team: command.team,
      objective: command.objective,
      level: command.level,
      note: note === '' ? null : note,
    },
    { kind: 'facilitator' },
  );
  runtime.notify(live.id, { kind: 'rating' });
}
