import { useEffect, useState } from 'react';

/**
 * Which tab is open: `first` (what the moment calls for) until the reader
 * picks another, and `first` again whenever `moment` changes (a new phase).
 * A link to an element inside a hidden panel opens that panel (the results
 * link to the developments they set off), then scrolls to the element.
 */
export function useTabChoice<Id extends string>(
  ids: readonly Id[],
  first: Id,
  moment: string,
  idPrefix: string,
): [Id, (id: Id) => void] {
  const [choice, setChoice] = useState<{ moment: string; id: Id } | null>(null);
  const current =
    choice !== null && choice.moment === moment && ids.includes(choice.id) ? choice.id : first;
  const idList = ids.join(' ');
  useEffect(() => {
    const follow = () => {
      const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
      const panel = target?.closest(`[role="tabpanel"][id^="${idPrefix}-panel-"]`);
      const id = panel?.getAttribute('data-panel');
      const found = ids.find((candidate) => candidate === id);
      if (target === null || found === undefined) return;
      setChoice({ moment, id: found });
      // A development folded under its title opens too.
      const folded = target.querySelector(':scope > details');
      if (folded instanceof HTMLDetailsElement) folded.open = true;
      // Once its panel is shown, the target can be scrolled to.
      requestAnimationFrame(() => target.scrollIntoView());
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
    // The list's content, not its identity, decides what a link may open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [idList, moment, idPrefix]);
  return [current, (id: Id) => setChoice({ moment, id })];
}
