// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import type { Track, TrackMark } from '@borderline/shared';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { projectorMarkLabel } from '../../../../client/src/screens/projector/projector-marks';
import { ProjectorScreen } from '../../../../client/src/screens/projector/projector-screen';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { startDomTests } from '../hotwash/hotwash-fixtures';
import { viewAt } from '../support/game-views';

const marksOf = (track: string) =>
  [...screen.getByTestId('projector-world').querySelectorAll(`[data-track="${track}"]`)].flatMap(
    (row) => [...row.querySelectorAll('.projector-mark')].map((item) => item.textContent ?? ''),
  );

describe('the thresholds on the room’s projector', () => {
  beforeAll(startDomTests);
  afterEach(cleanup);

  it('ticks the public endings on the ladder and the bars, and says what each means', () => {
    const view = viewAt('observer', 'results', 2);
    render(<ProjectorScreen view={view} joinCode={null} />);
    const world = screen.getByTestId('projector-world');
    // An overt strike (escalation at least 6) marks the top rung, and nothing below it.
    expect(
      [...world.querySelectorAll('[data-track="escalation"] .projector-rung-marked')].map((rung) =>
        rung.getAttribute('data-rung'),
      ),
    ).toEqual(['6']);
    expect(marksOf('escalation')).toEqual(['The line is crossed: the exercise ends at rung 6']);
    // A rupture (bilateral trust at most 1, from move 2) is a tick across the bar at 1.
    const tick = world.querySelector<HTMLElement>(
      '[data-track="bilateral-trust"] .projector-bar-tick',
    );
    expect(tick?.getAttribute('data-value')).toBe('1');
    expect(tick?.style.left).toBe('10%');
    expect(marksOf('bilateral-trust')).toEqual([
      'Rupture: the exercise ends at 1 or lower, from move 2',
    ]);
  });

  it('marks no team’s objective, though the teams’ own screens do', () => {
    const view = viewAt('observer', 'results', 2);
    render(<ProjectorScreen view={view} joinCode={null} />);
    expect(view.tracks.marks.every((mark) => mark.source.kind === 'ending')).toBe(true);
    const team = viewAt('washington', 'results', 2);
    expect(team.tracks.marks.some((mark) => mark.source.kind === 'objective')).toBe(true);
    const ticks = screen.getByTestId('projector-world').querySelectorAll('.projector-bar-tick');
    expect(ticks).toHaveLength(
      view.tracks.marks.filter((mark) => mark.track !== 'escalation').length,
    );
  });

  it('says them in Spanish', () => {
    act(() => chooseLanguage('es'));
    try {
      render(<ProjectorScreen view={viewAt('observer', 'hotwash')} joinCode={null} />);
      expect(marksOf('escalation')).toEqual([
        'Se cruza la línea: el ejercicio termina en el peldaño 6',
      ]);
      expect(marksOf('bilateral-trust')).toEqual([
        'Ruptura: el ejercicio termina en 1 o menos, a partir de la ronda 2',
      ]);
    } finally {
      act(() => chooseLanguage('en'));
    }
  });

  it('words a rung below the top, a bound with other conditions and an objective', () => {
    const view = viewAt('observer', 'results', 2);
    const ladder = view.scenario.tracks.find((track) => track.id === 'escalation') as Track;
    const range = view.scenario.tracks.find((track) => track.id === 'fentanyl-flow') as Track;
    const ending: TrackMark = {
      track: 'escalation',
      bound: 'atLeast',
      value: 4,
      alone: false,
      fromMove: null,
      source: { kind: 'ending', ending: 'capture', title: { en: 'Capture', es: 'Captura' } },
    };
    const t = i18next.getFixedT('en');
    expect(projectorMarkLabel(ending, ladder, view, 'en', t)).toBe(
      'Capture: the exercise ends at rung 4 or higher, with other conditions',
    );
    expect(projectorMarkLabel({ ...ending, track: range.id }, range, view, 'en', t)).toBe(
      'Capture: the exercise ends at 4 or higher, with other conditions',
    );
    const objective: TrackMark = {
      ...ending,
      bound: 'atMost',
      alone: true,
      source: { kind: 'objective', team: 'washington', objective: 'w-cut-the-flow' },
    };
    expect(projectorMarkLabel(objective, range, view, 'en', t)).toBe(
      'Objective of Washington: at most 4',
    );
  });
});
