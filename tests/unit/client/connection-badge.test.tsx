// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionBadge } from '../../../client/src/components/connection-badge';
import { initI18n } from '../../../client/src/i18n/init-i18n';
import { chooseLanguage } from '../../../client/src/state/actions';
import type { ConnectionSlice } from '../../../client/src/state/connection-slice';
import { useExerciseStore } from '../../../client/src/state/exercise-store';

function showConnection(connection: ConnectionSlice) {
  act(() => useExerciseStore.setState({ connection }));
}

const at = new Date(2026, 0, 15, 14, 5).getTime();

describe('the connection badge', () => {
  beforeAll(() => {
    chooseLanguage('en');
    initI18n();
  });
  afterEach(cleanup);

  const cases: { connection: ConnectionSlice; words: string }[] = [
    { connection: { status: 'idle', error: null, lastConnectedAt: null }, words: 'Not connected' },
    {
      connection: { status: 'connecting', error: null, lastConnectedAt: null },
      words: 'Connecting…',
    },
    { connection: { status: 'connected', error: null, lastConnectedAt: at }, words: 'Connected' },
    {
      connection: { status: 'reconnecting', error: null, lastConnectedAt: null },
      words: 'Connection lost, reconnecting…',
    },
    {
      connection: { status: 'offline', error: null, lastConnectedAt: null },
      words: 'Offline: waiting for the network',
    },
    {
      connection: {
        status: 'refused',
        error: { code: 'unauthorized', message: 'The seat token is not valid.' },
        lastConnectedAt: null,
      },
      words: 'Not admitted: The seat token is not valid.',
    },
    {
      connection: {
        status: 'refused',
        error: {
          code: 'unauthorized',
          message: 'This seat is no longer yours; join again with the code.',
          reason: 'invalid-token',
        },
        lastConnectedAt: null,
      },
      words: 'Not admitted: This seat is no longer yours; join again with the join code.',
    },
    {
      connection: {
        status: 'refused',
        error: { code: 'exercise-deleted', message: 'deleted' },
        lastConnectedAt: at,
      },
      words: 'Control deleted this exercise.',
    },
  ];

  it.each(cases)('says "$words" when $connection.status', ({ connection, words }) => {
    showConnection(connection);
    render(<ConnectionBadge />);
    const badge = screen.getByRole('status');
    expect(badge.textContent).toContain(words);
    expect(badge.getAttribute('data-status')).toBe(connection.status);
  });

  it('tells when the connection was last up while it is away, and follows changes', () => {
    showConnection({ status: 'connected', error: null, lastConnectedAt: at });
    render(<ConnectionBadge />);
    expect(screen.getByRole('status').textContent).not.toContain('last connected');
    showConnection({ status: 'reconnecting', error: null, lastConnectedAt: at });
    expect(screen.getByRole('status').textContent).toMatch(/last connected at 0?2:05|14:05/);
  });

  it('keeps its symbol out of what a screen reader says', () => {
    showConnection({ status: 'connected', error: null, lastConnectedAt: at });
    render(<ConnectionBadge />);
    const symbol = screen.getByRole('status').querySelector('svg');
    expect(symbol?.getAttribute('aria-hidden')).toBe('true');
    // An SVG icon, not a character a system font may lack.
    expect(symbol?.classList.contains('lucide-wifi')).toBe(true);
  });

  it('speaks Spanish when the page does', () => {
    showConnection({ status: 'offline', error: null, lastConnectedAt: at });
    render(<ConnectionBadge />);
    act(() => chooseLanguage('es'));
    expect(screen.getByRole('status').textContent).toContain('Sin red: esperando la conexión');
    expect(screen.getByRole('status').textContent).toContain('última conexión a las 14:05');
    act(() => chooseLanguage('en'));
  });
});
