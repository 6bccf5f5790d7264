// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import type { ExerciseView, InjectView } from '@borderline/shared';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GlossaryProvider } from '../../../../client/src/components/glossary-context';
import { InjectCardView } from '../../../../client/src/components/inject-card';
import { initI18n } from '../../../../client/src/i18n/init-i18n';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { scenario, viewAt } from '../support/game-views';

function injectOf(view: ExerciseView, id: string): InjectView {
  const inject = view.injects.find((candidate) => candidate.id === id);
  if (inject === undefined) throw new Error(`the view holds no inject ${id}`);
  return inject;
}

function renderCard(view: ExerciseView, id: string, withGlossary = true): HTMLElement {
  const card = <InjectCardView inject={injectOf(view, id)} teams={view.scenario.teams} />;
  const { container } = render(
    withGlossary ? (
      <GlossaryProvider
        value={{ glossary: view.scenario.glossary, hrefOf: (entry) => `/glossary?term=${entry}` }}
      >
        {card}
      </GlossaryProvider>
    ) : (
      card
    ),
  );
  return container;
}

describe('glossary terms and sources in the cards', () => {
  beforeAll(() => {
    chooseLanguage('en');
    initI18n();
  });
  afterEach(() => {
    cleanup();
    chooseLanguage('en');
  });

  it('marks the terms an inject uses, each opening its explanation and the glossary', () => {
    const view = viewAt('washington', 'deliberation', 1);
    const container = renderCard(view, 'jiatf-cc-stood-up');
    const terms = [...container.querySelectorAll('.inject-body .glossary-term')];
    expect(terms.map((term) => term.getAttribute('data-term'))).toEqual([
      'jiatf-cc',
      'northern-command',
    ]);
    const button = screen.getByRole('button', { name: 'What is JIATF-CC?' });
    const popover = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(popover?.getAttribute('popover')).toBe('auto');
    const entry = scenario.glossary.find((candidate) => candidate.id === 'jiatf-cc');
    expect(popover?.textContent).toContain(entry?.explanation.en);
    expect(popover?.querySelector('a')?.getAttribute('href')).toBe('/glossary?term=jiatf-cc');
  });

  it('links the source to the article at its excerpt, the line kept in words', () => {
    const view = viewAt('washington', 'deliberation', 1);
    const container = renderCard(view, 'jiatf-cc-stood-up');
    const link = container.querySelector('figcaption a');
    expect(link?.getAttribute('href')).toBe(
      `${scenario.source.url}#:~:text=building%20permanent%20infrastructure`,
    );
    expect(link?.textContent).toContain('line 22');
  });

  it('links the precedent exercise a card also draws on', () => {
    const view = viewAt('facilitator', 'results', 2);
    const inject = view.injects.find((candidate) => candidate.alsoCites.length > 0);
    if (inject === undefined) throw new Error('no released card draws on a further source yet');
    const container = renderCard(view, inject.id);
    const link = container.querySelector('.inject-also-cites a');
    expect(link?.getAttribute('href')).toBe(
      scenario.otherSources.find((source) => source.id === 'win-without-war-2025')?.url,
    );
  });

  it('marks the Spanish forms on a Spanish screen', () => {
    chooseLanguage('es');
    const view = viewAt('washington', 'deliberation', 1);
    const container = renderCard(view, 'jiatf-cc-stood-up');
    const terms = [...container.querySelectorAll('.inject-body .glossary-term')];
    expect(terms.map((term) => term.textContent)).toEqual(['JIATF-CC', 'Comando Norte']);
    expect(screen.getByRole('button', { name: '¿Qué es Comando Norte?' })).toBeDefined();
  });

  it('shows the text plain where no glossary is provided (a report, a replay)', () => {
    const view = viewAt('washington', 'deliberation', 1);
    const container = renderCard(view, 'jiatf-cc-stood-up', false);
    expect(container.querySelectorAll('.glossary-term').length).toBe(0);
    expect(container.querySelector('.inject-body')?.textContent).toBe(
      injectOf(view, 'jiatf-cc-stood-up').body.en,
    );
  });
});
