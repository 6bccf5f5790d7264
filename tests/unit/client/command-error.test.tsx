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
};

describe('a refused command', () => {
  beforeAll(() => initI18n());
  afterEach(cleanup);

  it('says what the server said after its summary, in English', () => {
    act(() => chooseLanguage('en'));
    render(<CommandError error={refusal} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Not possible now: At most 1 covert action per move; this decision plays 2.',
    );
  });

  it('shows no English sentence on a Spanish screen', () => {
    act(() => chooseLanguage('es'));
    render(<CommandError error={refusal} />);
    expect(screen.getByRole('alert').textContent).toBe('No es posible ahora');
  });
});
