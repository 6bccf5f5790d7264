import { FacilitatorKey } from '@borderline/shared';
import { takeSeat } from '../state/actions';

/**
 * The facilitator link carries the key in the fragment (`/control/<id>#key=...`),
 * which browsers never send to a server. Taken into the store (and so into
 * localStorage) before the first render, then wiped from the address bar, so
 * that a screen shared on the projector never shows it.
 */
export function takeFacilitatorKeyFromUrl(): void {
  if (typeof location === 'undefined') return;
  const match = /^\/control\/([^/]+)$/.exec(location.pathname);
  const key = new URLSearchParams(location.hash.slice(1)).get('key');
  if (match === null || key === null) return;
  const exerciseId = decodeURIComponent(match[1] ?? '');
  if (FacilitatorKey.safeParse(key).success)
    takeSeat({ exerciseId, role: 'facilitator', key, playerId: null });
  history.replaceState(history.state, '', location.pathname + location.search);
}
