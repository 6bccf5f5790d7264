// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import type { KnowledgeReviewItem } from '@borderline/shared';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeReview } from '../../../../client/src/screens/knowledge-check/knowledge-review';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { startDomTests } from '../hotwash/hotwash-fixtures';
import { viewAt } from '../support/game-views';

/** The check's questions, and a review of the first two: one answered right, one wrong. */
function reviewOfTwo() {
  const questions = viewAt('mexico-city', 'hotwash').knowledgeCheck?.questions ?? [];
  const [first, second] = questions;
  if (first === undefined || second === undefined) throw new Error('expected two questions');
  const item = (question: typeof first, right: boolean): KnowledgeReviewItem => {
    const [correct, other] = question.options;
    if (correct === undefined || other === undefined) throw new Error('expected two options');
    return {
      question: question.id,
      correctOption: correct.id,
      before: null,
      after: right ? correct.id : other.id,
      explanation: { en: 'Why it is so.', es: 'Por qué es así.' },
      source: { line: 1, excerpt: 'A short excerpt' },
    };
  };
  return { questions, review: [item(first, true), item(second, false)], first, second };
}

describe('the knowledge check’s answers', () => {
  beforeAll(startDomTests);
  afterEach(cleanup);

  it.each([
    ['en', 'Right', 'Wrong'],
    ['es', 'Correcta', 'Incorrecta'],
  ] as const)('mark each question apart, a badge with an icon (%s)', (language, right, wrong) => {
    chooseLanguage(language);
    const { questions, review, first, second } = reviewOfTwo();
    render(<KnowledgeReview questions={questions} review={review} />);
    const marks = screen.getAllByTestId('knowledge-mark');
    expect(marks.map((mark) => mark.textContent)).toEqual([right, wrong]);
    for (const mark of marks) expect(mark.querySelector('svg.icon')).not.toBeNull();
    expect(marks[0]?.className).toContain('knowledge-mark-right');
    expect(marks[1]?.className).not.toContain('knowledge-mark-right');
    // The question stands in its own element, not run on from the mark's word.
    const prompts = [...document.querySelectorAll('.knowledge-prompt-text')];
    expect(prompts.map((prompt) => prompt.textContent)).toEqual([
      first.prompt[language] ?? first.prompt.en,
      second.prompt[language] ?? second.prompt.en,
    ]);
  });
});
