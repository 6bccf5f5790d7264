// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CommandError } from '../../../client/src/components/command-error';
import { initI18n } from '../../../client/src/i18n/init-i18n';
import { chooseLanguage } from '../../../client/src/state/actions';

const refusal = {
  code: 'refused' as const,
  message: 'At most 1 covert action per move; this decision plays 2.',
  reason: 'max-covert' as const,
  detail: { limit: 1, given: 2 },
};
const unparsed = { code: 'invalid-message' as const, message: 'text: expected a string' };

describe('a refused command', () => {
  beforeAll(() => initI18n());
  afterEach(cleanup);

  it('says why in the reader’s language, from the reason and its detail', () => {
    act(() => chooseLanguage('en'));
    render(<CommandError error={refusal} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'At most 1 covert action per move; this decision plays 2.',
    );
    cleanup();
    act(() => chooseLanguage('es'));
    render(<CommandError error={refusal} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Como máximo 1 acción encubierta por ronda; esta decisión juega 2.',
    );
  });

  it('says what the server said after its summary where there is no reason, in English only', () => {
    act(() => chooseLanguage('en'));
    render(<CommandError error={unparsed} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Something in what you sent is not valid: text: expected a string',
    );
    cleanup();
    act(() => chooseLanguage('es'));
    render(<CommandError error={unparsed} />);
    expect(screen.getByRole('alert').textContent).toBe('Algo de lo que envió no es válido');
  });
});
