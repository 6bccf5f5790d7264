import { useSyncExternalStore } from 'react';

/** The width from which the team room shows columns (the stylesheet's 64rem). */
const WIDE = '(min-width: 1024px)';

const query = () => (typeof window.matchMedia === 'function' ? window.matchMedia(WIDE) : null);

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** Whether the screen is a laptop's or wider (true where the width cannot be asked). */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, () => query()?.matches ?? true);
}
