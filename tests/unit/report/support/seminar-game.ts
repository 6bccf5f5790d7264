import {
  correctOptionOf,
  knowledgeQuestionsOf,
  type ExerciseView,
  type KnowledgeAnswers,
  type RateTeamCommand,
  type ReflectionAnswers,
} from '@borderline/shared';
import { project } from '../../../../server/src/projection';
import { liveMaterial, type ReportMaterial } from '../../../../server/src/report/report-material';
import { makeHarness, type Harness } from '../../../support/exercise-service-harness';
import { installedScenarios } from '../../../support/in-process-server';
import { playEndedExercise } from './play-ended-exercise';

/** About as much as a student writes for one reflection question in a seminar (~35 words). */
function answerOf(team: string, question: string, index: number): string {
  return `${team} player ${index}, on ${question}: we tied our choice to the other governments' red lines, watched the escalation track each move, and would put the channel to Mexico City first next time before any public statement.`;
}

export interface SeminarGame {
  harness: Harness;
  exerciseId: string;
  view: ExerciseView;
  material: ReportMaterial;
  /** Player ids by team, the lead first. */
  players: Record<string, string[]>;
  ratings: Pick<RateTeamCommand, 'team' | 'objective' | 'level' | 'note'>[];
}

/**
 * A typical five-move seminar played through the service with bots' choices
 * in the leads' seats: two students per team, the practice move and all five
 * moves, every student sitting the knowledge check before the first move
 * (half their answers right) and in the debrief (all but one right) and
 * answering every reflection question, and Control rating every team on
 * every objective with a note (Washington low on escalation).
 */
export function playSeminarGame(): SeminarGame {
  const scenarios = [...installedScenarios()];
  const harness = makeHarness({ scenarios });
  const { service, clock } = harness;
  const scenario = scenarios.find((candidate) => candidate.id === 'us-mexico-2026');
  if (scenario === undefined) throw new Error('us-mexico-2026 is not installed');
  const created = service.createExercise({ scenarioId: scenario.id });
  const { exerciseId } = created;
  const format = service.state(exerciseId).context.config.format ?? '';
  const questions = knowledgeQuestionsOf(scenario.knowledgeCheck, format);
  if (questions.length === 0) throw new Error(`format ${format} asks no knowledge check`);
  const answers = (right: number): KnowledgeAnswers =>
    Object.fromEntries(
      questions.map((question, index) => {
        const correct = correctOptionOf(question);
        const wrong = question.options.find((option) => option.id !== correct)?.id ?? correct;
        return [question.id, index < right ? correct : wrong];
      }),
    );
  const players: Record<string, string[]> = {};
  const knowledge: Record<string, { before: KnowledgeAnswers; after: KnowledgeAnswers }> = {};
  const reflections: Record<string, ReflectionAnswers> = {};
  for (const team of scenario.teams) {
    players[team.id] = [1, 2].map((index) => {
      const id = service.joinExercise(created.joinCode, {
        name: `Student ${index} of ${team.id}`,
        team: team.id,
      }).playerId;
      knowledge[id] = {
        before: answers(Math.floor(questions.length / 2)),
        after: answers(questions.length - 1),
      };
      reflections[id] = {
        whatHappened: answerOf(team.id, 'what happened', index),
        why: answerOf(team.id, 'why', index),
        realWorld: answerOf(team.id, 'the real world', index),
        takeaway: answerOf(team.id, 'takeaway', index),
        wentWell: answerOf(team.id, 'what went well', index),
        toImprove: answerOf(team.id, 'what to improve', index),
      };
      return id;
    });
  }
  const ratings = scenario.teams.flatMap((team) =>
    scenario.learningObjectives.map((objective) => ({
      team: team.id,
      objective: objective.id,
      level:
        team.id === 'washington' && objective.id === 'escalation-awareness'
          ? 'beginning'
          : 'proficient',
      note: `Observed ${team.id} on ${objective.id}: the rationale named the trade-off and the other side's likely answer.`,
    })),
  );
  const leads = Object.fromEntries(
    Object.entries(players).map(([team, ids]) => [team, ids[0] ?? '']),
  );
  playEndedExercise({
    service,
    clock,
    exerciseId,
    leads,
    reflections,
    knowledge,
    ratings,
    temperament: 'balanced',
  });
  const view = project(service.projectionInput(exerciseId), { kind: 'facilitator' });
  return {
    harness,
    exerciseId,
    view,
    material: liveMaterial(service, exerciseId),
    players,
    ratings,
  };
}
