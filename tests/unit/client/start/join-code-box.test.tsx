// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../../client/src/i18n/init-i18n';
import { JoinCodeBox } from '../../../../client/src/screens/start/join-code-box';
import { checkJoinCode } from '../../../../client/src/screens/start/join-code-check';
import { chooseLanguage } from '../../../../client/src/state/actions';
import { renderAt } from './render-at';

function typeAndJoin(code: string) {
  const input = screen.getByTestId('join-code-input');
  fireEvent.change(input, { target: { value: code } });
  fireEvent.click(screen.getByTestId('join-code-submit'));
  return input;
}

describe('the join-code box', () => {
  beforeAll(() => {
    chooseLanguage('en');
    initI18n();
  });
  afterEach(cleanup);

  it('is a labelled field that goes to the join page in upper case, spaces dropped', () => {
    const view = renderAt('/', <JoinCodeBox />);
    expect(screen.getByRole('textbox', { name: 'Join code' })).toBe(
      screen.getByTestId('join-code-input'),
    );
    typeAndJoin(' k7m rq4 ');
    expect(view.history.at(-1)).toBe('/join/K7MRQ4');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    ['', 'Type the join code first.'],
    ['K7MR', 'A join code has 6 characters; this one has 4.'],
    ['K7MRQ4X', 'A join code has 6 characters; this one has 7.'],
    ['K7MRQ0', 'A join code uses only letters and the digits 2 to 9 (never 0, 1, I, L or O).'],
    ['K7-RQ4', 'A join code uses only letters and the digits 2 to 9 (never 0, 1, I, L or O).'],
  ])('refuses "%s" and says why next to the field', (typed, words) => {
    const view = renderAt('/', <JoinCodeBox />);
    const input = typeAndJoin(typed);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(words);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(alert.id);
    expect(view.history).toEqual(['/']);
    // Typing again clears the complaint.
    fireEvent.change(input, { target: { value: 'K7MRQ' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks Spanish too', () => {
    chooseLanguage('es');
    try {
      renderAt('/', <JoinCodeBox />);
      typeAndJoin('abc');
      expect(screen.getByRole('alert').textContent).toBe(
        'Un código de acceso tiene 6 caracteres; este tiene 3.',
      );
    } finally {
      chooseLanguage('en');
    }
  });

  it('checks codes by the shared JoinCode schema', () => {
    expect(checkJoinCode('k7mrq4')).toEqual({ ok: true, code: 'K7MRQ4' });
    expect(checkJoinCode('K7M\tRQ4\n')).toEqual({ ok: true, code: 'K7MRQ4' });
    expect(checkJoinCode('K7MRQ1')).toEqual({ ok: false, problem: 'characters' });
    expect(checkJoinCode('  ')).toEqual({ ok: false, problem: 'empty' });
  });
});
