// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../../client/src/app';
import { initI18n } from '../../../client/src/i18n/init-i18n';
import { createExerciseStore } from '../../../client/src/state/exercise-store';
import { STORAGE_KEYS } from '../../../client/src/state/persistence';
import { scenarioSummary } from './client-fixtures';

/** The start page's language control: the page's words, the scenario's own texts and <html lang>. */
describe('choosing the language on the start page', () => {
  beforeAll(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ scenarios: [scenarioSummary] })),
    );
    initI18n();
  });
  afterEach(cleanup);
  afterAll(() => vi.unstubAllGlobals());

  it('starts in English, the browser’s language here', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'A Test Crisis' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Scenarios' })).toBeDefined();
    expect(screen.getByText('3 moves, after a practice move')).toBeDefined();
    // The lengths of its formats, not one duration.
    expect(screen.getByText('90 or 45 minutes')).toBeDefined();
    expect(screen.getByRole('radio', { name: 'The whole crisis' })).toBeDefined();
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches to Spanish by the labelled control, with the scenario’s translations', async () => {
    render(<App />);
    await screen.findByRole('heading', { name: 'A Test Crisis' });
    fireEvent.change(screen.getByRole('combobox', { name: /Language/ }), {
      target: { value: 'es' },
    });

    expect(await screen.findByRole('heading', { name: 'Escenarios' })).toBeDefined();
    expect(screen.getByRole('combobox', { name: /Idioma/ })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Una crisis de prueba' })).toBeDefined();
    expect(screen.getByText('Objetivos de aprendizaje')).toBeDefined();
    expect(screen.getByText('3 rondas, tras una ronda de práctica')).toBeDefined();
    expect(screen.getByText('90 o 45 minutos')).toBeDefined();
    expect(screen.getByRole('radio', { name: 'La crisis entera' })).toBeDefined();
    expect(screen.getByText('La ronda de práctica y luego las rondas 1, 2 y 3')).toBeDefined();
    expect(screen.getByText('Conocimiento')).toBeDefined();
    // A scenario text without Spanish falls back to English.
    expect(screen.getByText('Students of the test')).toBeDefined();
    expect(document.documentElement.lang).toBe('es');
  });

  it('remembers the choice: a reload starts in Spanish', () => {
    expect(localStorage.getItem(STORAGE_KEYS.language)).toBe('es');
    const reloaded = createExerciseStore();
    expect(reloaded.getState().ui.language).toBe('es');
    document.documentElement.lang = 'en';
    initI18n(reloaded);
    expect(i18next.language).toBe('es');
    expect(document.documentElement.lang).toBe('es');
  });

  it('has every plural form Spanish needs (i18next would show the bare key otherwise)', () => {
    const es = i18next.getFixedT('es');
    expect(es('scenario.minutes', { count: 1 })).toBe('aproximadamente 1 minuto');
    expect(es('scenario.moveCount', { count: 1_000_000 })).toBe('1000000 rondas');
    expect(i18next.getFixedT('en')('scenario.moveCount', { count: 1 })).toBe('1 move');
  });
});
