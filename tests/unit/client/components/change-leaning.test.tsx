// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Effect, ExerciseView, TrackChange } from '@borderline/shared';
import { useNames } from '../../../../client/src/exercise/view-names';
import { initI18n } from '../../../../client/src/i18n/init-i18n';
import { EffectList, TrackChangeList } from '../../../../client/src/screens/team-room/track-words';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { viewAt, type ViewFor } from '../support/game-views';

function Effects({ view, effects }: { view: ExerciseView; effects: Effect[] }) {
  return <EffectList effects={effects} names={useNames(view)} />;
}

function Changes({ view, changes }: { view: ExerciseView; changes: TrackChange[] }) {
  return <TrackChangeList changes={changes} names={useNames(view)} />;
}

const viewOf = (who: ViewFor) => {
  const view = viewAt(who, 'decisions', 1);
  view.tracks.current = { ...view.tracks.current, 'fentanyl-flow': 7, escalation: 2 };
  return view;
};

/** Each item's leaning and its text as a screen reader reads it. */
const items = () =>
  screen.getAllByRole('listitem').map((item) => ({
    leaning: item.querySelector('.change-icon')?.getAttribute('data-leaning') ?? null,
    text: item.textContent?.replace(/\s+/g, ' ').trim(),
  }));

const cut: Effect = { track: 'fentanyl-flow', delta: -1 };
const climb: Effect = { track: 'escalation', delta: 1 };

describe('arrows on track changes', () => {
  beforeAll(() => {
    chooseLanguage('en');
    initI18n();
  });
  afterEach(cleanup);

  it('say good or bad for a team only by its own objectives, in words as well as colour', () => {
    render(<Effects view={viewOf('washington')} effects={[cut, climb]} />);
    expect(items()).toEqual([
      // Washington wants the flow at most 4, and escalation at 3 or 4.
      { leaning: 'helps', text: 'good for your objectives: Fentanyl flow: down by 1' },
      { leaning: 'helps', text: 'good for your objectives: Escalation: up by 1' },
    ]);
    cleanup();
    render(<Effects view={viewOf('cartels')} effects={[cut]} />);
    // The cartels want the product moving (flow 5 or higher).
    expect(items()).toEqual([
      { leaning: 'hurts', text: 'bad for your objectives: Fentanyl flow: down by 1' },
    ]);
  });

  it('stay neutral for Control and the observers, and where the team has no objective', () => {
    const capability: Effect = { track: 'cartel-capability', delta: -2 };
    for (const who of ['facilitator', 'observer'] as const) {
      render(<Effects view={viewOf(who)} effects={[cut, climb]} />);
      expect(items().map((item) => item.leaning)).toEqual(['neutral', 'neutral']);
      expect(document.body.textContent).not.toMatch(/objectives/);
      cleanup();
    }
    render(<Effects view={viewOf('mexico-city')} effects={[capability]} />);
    expect(items()).toEqual([{ leaning: 'neutral', text: 'Cartel capability: down by 2' }]);
  });

  it('weigh a change that happened from where it started', () => {
    const changes: TrackChange[] = [
      { track: 'escalation', from: 4, to: 5, clamped: false },
      { track: 'bilateral-trust', from: 5, to: 5, clamped: true },
    ];
    render(<Changes view={viewOf('washington')} changes={changes} />);
    expect(items()).toEqual([
      { leaning: 'hurts', text: 'bad for your objectives: Escalation 4 → 5' },
      { leaning: null, text: 'Bilateral trust 5 → 5 (stopped at the end of its range)' },
    ]);
  });
});
