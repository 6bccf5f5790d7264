// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExerciseView } from '@borderline/shared';
import { useGaugeMarks } from '../../../../client/src/components/gauge-marks';
import { TrackGauges } from '../../../../client/src/components/track-gauges';
import { initI18n } from '../../../../client/src/i18n/init-i18n';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { viewAt, type ViewFor } from '../support/game-views';

function Gauges({ view }: { view: ExerciseView }) {
  const marks = useGaugeMarks(view);
  return (
    <TrackGauges
      tracks={view.scenario.tracks}
      current={view.tracks.current}
      history={view.tracks.history}
      marks={marks}
    />
  );
}

const showGauges = (who: ViewFor, tracks?: Record<string, number>) => {
  const view = viewAt(who, 'decisions', 1);
  if (tracks !== undefined) view.tracks.current = { ...view.tracks.current, ...tracks };
  render(<Gauges view={view} />);
  return view;
};

/** The accessible names of the ticks on one track's gauge. */
const ticksOf = (track: string): string[] => {
  const item = document.querySelector(`li.track[data-track="${track}"]`);
  if (!(item instanceof HTMLElement)) throw new Error(`no gauge for ${track}`);
  const ticks = within(item).queryByRole('list', { name: /^Thresholds on|^Umbrales de/ });
  if (ticks === null) return [];
  return within(ticks)
    .getAllByRole('img')
    .map((tick) => tick.getAttribute('aria-label') ?? '');
};

describe('the track gauges', () => {
  beforeAll(() => {
    chooseLanguage('en');
    initI18n();
  });
  afterEach(() => {
    cleanup();
    act(() => chooseLanguage('en'));
  });

  it('mark a team’s own objectives and the public endings, and nothing of the other teams', () => {
    showGauges('washington');
    expect(ticksOf('fentanyl-flow')).toEqual(['Your objective: at most 4']);
    expect(ticksOf('escalation')).toEqual([
      'Your objective: at least 3',
      'Your objective: at most 4',
      'Ends the exercise at 6 or higher (The line is crossed)',
    ]);
    expect(ticksOf('bilateral-trust')).toEqual([
      'Ends the exercise at 1 or lower (Rupture), from move 2',
      'Your objective: at least 4',
    ]);
    // Mexico City's objective (sovereignty 6 or higher) and the secret capture ending are not there.
    expect(ticksOf('mexican-sovereignty')).toEqual([]);
    expect(ticksOf('cartel-capability')).toEqual([]);
    expect(document.body.textContent).not.toContain('Capture');
  });

  it('mark every team’s thresholds for Control, naming the team, and the secret endings', () => {
    showGauges('facilitator');
    expect(ticksOf('mexican-sovereignty')).toEqual(['Objective of Mexico City: at least 6']);
    expect(ticksOf('cartel-capability')).toContain(
      'Ends the exercise at 8 or higher (Capture), from move 3, with other conditions',
    );
  });

  it('show the observers the public endings only', () => {
    showGauges('observer');
    expect(ticksOf('fentanyl-flow')).toEqual([]);
    expect(ticksOf('escalation')).toEqual([
      'Ends the exercise at 6 or higher (The line is crossed)',
    ]);
  });

  it('place each tick at its value along the bar', () => {
    showGauges('washington');
    const tick = document.querySelector(
      'li.track[data-track="fentanyl-flow"] .gauge-tick[data-value="4"]',
    );
    expect(tick instanceof HTMLElement ? tick.style.left : null).toBe('40%');
  });

  it('colour the bar by the band the value is in, and neutral where the scenario gives no bands', () => {
    showGauges('washington', { 'fentanyl-flow': 8, 'cartel-capability': 9 });
    const flow = screen.getByRole('meter', { name: 'Fentanyl flow' });
    expect(flow.querySelector('.gauge-fill')?.getAttribute('data-band-color')).toBe('red');
    expect(flow.getAttribute('aria-valuetext')).toBe(
      '8 (from 0 to 10), A flood that kills tens of thousands a year',
    );
    const capability = screen.getByRole('meter', { name: 'Cartel capability' });
    expect(capability.querySelector('.gauge-fill')?.getAttribute('data-band-color')).toBe(
      'neutral',
    );
  });

  it('say the bands and thresholds in Spanish', () => {
    act(() => chooseLanguage('es'));
    showGauges('washington', { 'fentanyl-flow': 2 });
    expect(ticksOf('fentanyl-flow')).toEqual(['Su objetivo: como máximo 4']);
    expect(ticksOf('bilateral-trust')[0]).toBe(
      'Termina el ejercicio en 1 o menos (Ruptura), a partir de la ronda 2',
    );
    const flow = screen.getByRole('meter', { name: 'Flujo de fentanilo' });
    expect(flow.getAttribute('aria-valuetext')).toBe('2 (de 0 a 10), Reducido a un goteo');
  });
});
