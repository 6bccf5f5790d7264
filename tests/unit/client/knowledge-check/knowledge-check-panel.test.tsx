// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from '../../../../client/src/connection/connection';
import { PlayerHotwash } from '../../../../client/src/screens/hotwash/player-hotwash';
import { KnowledgeCheckPanel } from '../../../../client/src/screens/knowledge-check/knowledge-check-panel';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { applied, sentCommands, startDomTests } from '../hotwash/hotwash-fixtures';
import { viewAt } from '../support/game-views';

vi.mock('../../../../client/src/connection/connection', () => ({
  sendCommand: vi.fn(),
  connectToExercise: vi.fn(),
  disconnect: vi.fn(),
}));

/** The hotwash as Mexico City sees it: the debrief's sitting of the check open, not yet taken. */
function hotwashView() {
  const view = viewAt('mexico-city', 'hotwash');
  expect(view.knowledgeCheck?.open).toBe('after');
  expect(view.ownKnowledgeCheck.attempts.some((entry) => entry.attempt === 'after')).toBe(false);
  return view;
}

describe('the knowledge check on a player’s page', () => {
  beforeAll(startDomTests);
  beforeEach(() => {
    chooseLanguage('en');
    vi.mocked(sendCommand).mockReset();
    vi.mocked(sendCommand).mockResolvedValue(applied);
  });
  afterEach(cleanup);

  it('opens on demand: one button that says how many questions, no quiz on the page', () => {
    const view = hotwashView();
    render(<KnowledgeCheckPanel view={view} />);
    const count = view.knowledgeCheck?.questions.length ?? 0;
    expect(count).toBeGreaterThan(1);
    const start = screen.getByTestId('knowledge-start');
    expect(start.textContent).toBe(`Take the knowledge check (${count} questions)`);
    expect(start.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByTestId('knowledge-form')).toBeNull();
    expect(document.querySelector('[data-primary-action]')).toBeNull();
  });

  it('once open, sends from a bar at the foot of the screen, and folds again keeping the answers', async () => {
    const view = hotwashView();
    render(<KnowledgeCheckPanel view={view} />);
    fireEvent.click(screen.getByTestId('knowledge-start'));
    const questions = view.knowledgeCheck?.questions ?? [];
    const bar = screen.getByTestId('knowledge-action-bar');
    expect(bar.classList.contains('action-bar')).toBe(true);
    const submit = screen.getByTestId('knowledge-submit') as HTMLButtonElement;
    expect(bar.contains(submit)).toBe(true);
    expect(submit.hasAttribute('data-primary-action')).toBe(true);
    expect(submit.disabled).toBe(true);
    expect(bar.textContent).toContain(`${questions.length} questions left to answer`);
    // The quiz's first words take the focus when it opens.
    expect(document.activeElement?.textContent).toContain('The same quiz again');

    const first = questions[0];
    if (first === undefined) throw new Error('expected questions');
    fireEvent.click(
      screen
        .getByTestId(`knowledge-question-${first.id}`)
        .querySelector('input[type="radio"]') as HTMLInputElement,
    );
    fireEvent.click(screen.getByTestId('knowledge-later'));
    expect(screen.queryByTestId('knowledge-form')).toBeNull();
    const resume = screen.getByTestId('knowledge-start');
    expect(resume.textContent).toBe(
      `Go on with the knowledge check (${questions.length - 1} questions left)`,
    );
    expect(document.activeElement).toBe(resume);

    fireEvent.click(resume);
    for (const question of questions) {
      fireEvent.click(
        screen
          .getByTestId(`knowledge-question-${question.id}`)
          .querySelector('input[type="radio"]') as HTMLInputElement,
      );
    }
    expect(screen.getByTestId('knowledge-action-bar').textContent).toContain(
      'All questions answered',
    );
    await act(async () => fireEvent.click(screen.getByTestId('knowledge-submit')));
    const sent = sentCommands(vi.mocked(sendCommand).mock.calls);
    expect(sent).toHaveLength(1);
    const command = sent[0];
    if (command?.type !== 'player.answerKnowledgeCheck') throw new Error('expected the answers');
    expect(command.attempt).toBe('after');
    expect(Object.keys(command.answers)).toHaveLength(questions.length);
  });

  it('speaks Spanish', () => {
    chooseLanguage('es');
    const view = hotwashView();
    render(<KnowledgeCheckPanel view={view} />);
    expect(screen.getByTestId('knowledge-start').textContent).toBe(
      `Contestar el cuestionario (${view.knowledgeCheck?.questions.length ?? 0} preguntas)`,
    );
  });

  it('leaves one bar on the screen: the reflection’s until the check opens', () => {
    const view = viewAt('mexico-city', 'hotwash');
    view.exercise.debriefStage = 'takeaway';
    render(<PlayerHotwash view={view} />);
    expect(document.querySelectorAll('[data-primary-action]')).toHaveLength(1);
    const reflectionBar = screen.getByTestId('reflection-action-bar');
    expect(reflectionBar.classList.contains('action-bar')).toBe(true);
    expect(reflectionBar.contains(screen.getByTestId('submit-reflection'))).toBe(true);
    fireEvent.click(screen.getByTestId('knowledge-start'));
    // The opened check's submit comes first on the page; the stylesheet rests the reflection's bar.
    expect(document.querySelector('[data-primary-action]')).toBe(
      screen.getByTestId('knowledge-submit'),
    );
  });
});
