import {
  DEBRIEF_STAGES,
  type CardQuestionView,
  type Condition,
  type DebriefQuestion,
  type DebriefQuestionsView,
  type DebriefStage,
  type DebriefStageQuestions,
  type GuideQuestionView,
  type InjectView,
} from '@borderline/shared';
import { evaluateCondition, worldOf, type ExerciseContext, type ScenarioIndex } from '../engine';
import type { Visibility } from './visibility';

/**
 * What each debrief stage asks, for one recipient, once the play is over:
 * the scenario's guide questions that apply to the game that was played
 * (by priority), then the questions of the cards released in it that the
 * recipient may read (`injects`, already projected for it), those serving
 * the stage's objectives first.
 *
 * A guide question applies when every part of its `when` holds: the ending
 * reached is one it names, its condition holds over the world as the play
 * left it. Control alone reads the facilitator notes, and a question whose
 * condition names a card or an inject the recipient may not know of (another
 * team's covert card, a brief it never received): that it is asked, or not,
 * would tell.
 */
export function projectDebrief(
  index: ScenarioIndex,
  context: ExerciseContext,
  visibility: Visibility,
  injects: readonly InjectView[],
  revealed: ReadonlySet<string>,
): DebriefQuestionsView | null {
  if (!visibility.isPlayOver) return null;
  const guide = index.scenario.debriefGuide;
  const stage = (name: DebriefStage): DebriefStageQuestions => {
    const questions = (guide?.[name] ?? [])
      .filter((question) => applies(index, context, question))
      .filter(
        (question) =>
          visibility.isControl || mayKnowCondition(index, visibility, question, revealed),
      )
      .sort((a, b) => a.priority - b.priority)
      .map((question) => guideQuestionView(question, visibility));
    return { guide: questions, cards: cardQuestions(injects, questions) };
  };
  return Object.fromEntries(DEBRIEF_STAGES.map((name) => [name, stage(name)])) as Record<
    DebriefStage,
    DebriefStageQuestions
  >;
}

function applies(
  index: ScenarioIndex,
  context: ExerciseContext,
  question: DebriefQuestion,
): boolean {
  const when = question.when;
  if (when === undefined) return true;
  const reached = context.ending?.id ?? null;
  if (when.endings !== undefined && (reached === null || !when.endings.includes(reached))) {
    return false;
  }
  return when.condition === undefined || evaluateCondition(when.condition, worldOf(context));
}

function guideQuestionView(question: DebriefQuestion, visibility: Visibility): GuideQuestionView {
  const when = question.when;
  return {
    id: question.id,
    priority: question.priority,
    objective: question.objective,
    text: question.text,
    notes: visibility.isControl ? question.notes : null,
    asked: when === undefined ? 'always' : when.endings !== undefined ? 'ending' : 'course',
  };
}

/** Whether the recipient may know of everything the question's condition names. */
function mayKnowCondition(
  index: ScenarioIndex,
  visibility: Visibility,
  question: DebriefQuestion,
  revealed: ReadonlySet<string>,
): boolean {
  const condition = question.when?.condition;
  if (condition === undefined) return true;
  return namedIn(condition).every((named) => {
    if (named.kind === 'inject') {
      const inject = index.injects.get(named.id);
      return inject !== undefined && visibility.mayReadInject(inject);
    }
    const card = index.cards.get(named.id);
    return (
      card !== undefined &&
      (card.visibility === 'public' || visibility.ownsTeam(card.team) || revealed.has(card.id))
    );
  });
}

function namedIn(condition: Condition): { kind: 'action' | 'inject'; id: string }[] {
  switch (condition.type) {
    case 'action':
      return [{ kind: 'action', id: condition.action }];
    case 'inject':
      return [{ kind: 'inject', id: condition.inject }];
    case 'all':
    case 'any':
      return condition.of.flatMap(namedIn);
    case 'not':
      return namedIn(condition.condition);
    default:
      return [];
  }
}

/**
 * The released cards' questions, each once: those of cards serving the
 * objective of the stage's first guide question first, then the next
 * objective's, then the rest, each group in order of release.
 */
function cardQuestions(
  injects: readonly InjectView[],
  guide: readonly GuideQuestionView[],
): CardQuestionView[] {
  const ranking = [...new Set(guide.map((question) => question.objective))];
  const rank = (inject: InjectView) =>
    Math.min(
      ranking.length,
      ...inject.objectives.map((objective) =>
        ranking.includes(objective) ? ranking.indexOf(objective) : ranking.length,
      ),
    );
  const seen = new Set<string>();
  const questions: { rank: number; order: number; view: CardQuestionView }[] = [];
  injects.forEach((inject, order) => {
    for (const question of inject.questions) {
      if (seen.has(question.text.en)) continue;
      seen.add(question.text.en);
      questions.push({
        rank: rank(inject),
        order,
        view: {
          inject: inject.id,
          title: inject.title,
          move: inject.release.move,
          objectives: inject.objectives,
          text: question.text,
        },
      });
    }
  });
  return questions
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((question) => question.view);
}
