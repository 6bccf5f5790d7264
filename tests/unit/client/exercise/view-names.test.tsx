// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import i18next from 'i18next';
import type { ExerciseView, Language } from '@borderline/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { namesOf, useNames } from '../../../../client/src/exercise/view-names';
import { initI18n } from '../../../../client/src/i18n/init-i18n';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { viewAt, type ViewFor } from '../support/game-views';

const names = (view: ExerciseView, language: Language = 'en') =>
  namesOf(view, language, i18next.getFixedT(language));

/** A view of move 2's results: some injects are out, some meant for one team only. */
const viewOf = (who: ViewFor) => viewAt(who, 'results', 2);

function cardOf(view: ExerciseView, id: string) {
  const card = view.scenario.cards.find((candidate) => candidate.id === id);
  if (card === undefined) throw new Error(`no card ${id} in the view`);
  return card;
}

function injectOf(view: ExerciseView, id: string) {
  const inject = view.control?.injectDeck.find((candidate) => candidate.id === id);
  if (inject === undefined) throw new Error(`no inject ${id} in Control's deck`);
  return inject;
}

const control = viewOf('facilitator');
/** Washington's covert card, and one of Mexico City's. */
const ownCovert = cardOf(control, 'covert-drone-strike');
const othersCovert = cardOf(control, 'follow-the-money');
/** Released to Mexico City only; released to Washington and Mexico City; still in the deck. */
const mexicoOnly = injectOf(control, 'little-debate-in-mexico');
const toWashington = injectOf(control, 'trust-breaking-point');
const unreleased = injectOf(control, 'line-hard-to-redraw');

describe('people and objectives', () => {
  beforeAll(() => {
    chooseLanguage('en');
    initI18n();
  });

  it('names a person from the roster, and no one once they left it', () => {
    const view = viewOf('washington');
    expect(names(view).person('p-washington')).toBe('Lead of washington');
    view.roster = view.roster.filter((entry) => entry.id !== 'p-washington');
    expect(names(view).person('p-washington')).toBeNull();
  });

  it('names a bot by its team in the reader’s language, whatever name the server stored', () => {
    const view = viewOf('mexico-city');
    const team = view.scenario.teams.find((candidate) => candidate.id === 'cartels');
    if (team === undefined) throw new Error('expected the cartels in the scenario');
    const bot = {
      id: 'bot-cartels',
      name: `Bot (${team.name.en})`,
      team: 'cartels',
      isLead: true,
      isBot: true,
      connected: true,
    };
    view.roster = [...view.roster, bot];
    expect(names(view, 'es').entry(bot)).toBe(`Bot (${team.name.es})`);
    expect(names(view, 'es').person('bot-cartels')).toBe(`Bot (${team.name.es})`);
    expect(names(view).entry(bot)).toBe(`Bot (${team.name.en})`);
  });

  it('words a team’s objective in the reader’s language, from the public teams or Control’s desk', () => {
    const control = viewOf('facilitator');
    const team = control.control?.teams.find((candidate) => candidate.id === 'cartels');
    const objective = team?.objectives[0];
    if (objective === undefined) throw new Error('expected an objective of the cartels');
    const view = viewOf('facilitator');
    view.scenario.teams = view.scenario.teams.map((entry) => ({ ...entry, objectives: [] }));
    expect(names(view).objective('cartels', objective.id)).toBe(objective.text.en);
    expect(names(view, 'es').objective('cartels', objective.id)).toBe(objective.text.es);
    expect(names(view).objective('cartels', 'no-such-objective')).toBe('no-such-objective');
  });
});

describe('the names a view’s ids stand for', () => {
  beforeAll(() => {
    chooseLanguage('en');
    initI18n();
  });

  it('for Control: every card, the whole inject deck, the endings, the observers and itself', () => {
    const view = viewOf('facilitator');
    // Control's desk is read first: a card the public scenario lacked would still be named.
    view.scenario.cards = view.scenario.cards.filter((card) => card.id !== othersCovert.id);
    const desk = names(view);
    expect(desk.team('washington')).toBe('Washington');
    expect(desk.team(null)).toBe('Observers');
    expect(desk.card(ownCovert.id)).toBe(ownCovert.name.en);
    expect(desk.card(othersCovert.id)).toBe(othersCovert.name.en);
    expect(desk.inject(mexicoOnly.id)).toBe(mexicoOnly.title.en);
    expect(desk.inject(unreleased.id)).toBe(unreleased.title.en);
    expect(desk.injectTitle(unreleased.id)).toBe(unreleased.title.en);
    expect(desk.ending('rupture')).toBe('Rupture');
    expect(desk.player('p-washington')).toBe('Lead of washington');
    expect(desk.player('facilitator')).toBe('Control');
    const track = view.scenario.tracks[0];
    expect(desk.track(track?.id ?? '')).toBe(track?.name.en);
  });

  it('for a team’s player: its own hand, the injects it was sent, nothing else', () => {
    const view = viewOf('washington');
    expect(view.control).toBeNull();
    // The own hand is read before the scenario.
    view.scenario.cards = view.scenario.cards.filter((card) => card.id !== ownCovert.id);
    const room = names(view);
    expect(room.card(ownCovert.id)).toBe(ownCovert.name.en);
    expect(room.card(othersCovert.id)).toBe(othersCovert.id);
    expect(room.injectTitle(toWashington.id)).toBe(toWashington.title.en);
    // An inject the team was not sent: no title (so the room leaves it out), the id as a name.
    expect(room.injectTitle(mexicoOnly.id)).toBeNull();
    expect(room.injectTitle(unreleased.id)).toBeNull();
    expect(room.inject(mexicoOnly.id)).toBe(mexicoOnly.id);
    expect(room.ending('rupture')).toBe('rupture');
    expect(room.team('cartels')).toBe('The Cartels');
    expect(room.player('p-mexico-city')).toBe('Lead of mexico-city');
  });

  it('for an observer: only what every reader sees', () => {
    const view = viewOf('observer');
    expect(view.team).toBeNull();
    const seen = names(view);
    expect(seen.card(ownCovert.id)).toBe(ownCovert.id);
    const open = cardOf(view, 'expand-terrorist-designations');
    expect(seen.card(open.id)).toBe(open.name.en);
    expect(seen.injectTitle(toWashington.id)).toBeNull();
    const everyone = view.injects.find((inject) => inject.audience === 'all');
    expect(seen.injectTitle(everyone?.id ?? '')).toBe(everyone?.title.en);
    expect(seen.team(null)).toBe('Observers');
    expect(seen.player('p-observer')).toBe('Evaluator');
    expect(seen.player('p-gone')).toBe('p-gone');
  });

  it('speaks the reader’s language', () => {
    const spanish = names(viewOf('observer'), 'es');
    expect(spanish.language).toBe('es');
    expect(spanish.team('cartels')).toBe('Los cárteles');
    expect(spanish.team(null)).toBe('Observadores');
  });

  it('keeps the same names while neither the view nor the language changes', () => {
    const view = viewOf('washington');
    const hook = renderHook(({ current }) => useNames(current), {
      initialProps: { current: view },
    });
    const first = hook.result.current;
    hook.rerender({ current: view });
    expect(hook.result.current).toBe(first);
    act(() => chooseLanguage('es'));
    expect(hook.result.current).not.toBe(first);
    expect(hook.result.current.team('cartels')).toBe('Los cárteles');
    act(() => chooseLanguage('en'));
    const english = hook.result.current;
    hook.rerender({ current: viewOf('washington') });
    expect(hook.result.current).not.toBe(english);
    expect(hook.result.current.team(null)).toBe('Observers');
    hook.unmount();
  });
});
