import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A row of tabs (WAI-ARIA tabs pattern): one button per panel, the chosen
 * one in the tab order, arrow keys, Home and End to move between them.
 * Every panel stays in the page, the others hidden, so that a link into a
 * hidden panel can open it (see useTabFollowingLinks).
 */
export function Tabs<Id extends string>({
  ids,
  selected,
  onSelect,
  label,
  labelOf,
  idPrefix,
  className,
}: {
  ids: readonly Id[];
  selected: Id;
  onSelect: (id: Id) => void;
  label: string;
  labelOf: (id: Id) => ReactNode;
  idPrefix: string;
  className?: string;
}) {
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent, index: number) => {
    const last = ids.length - 1;
    const next: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = next[event.key];
    const id = target === undefined ? undefined : ids[target];
    if (id === undefined) return;
    event.preventDefault();
    onSelect(id);
    list.current?.querySelector<HTMLButtonElement>(`#${idPrefix}-tab-${id}`)?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label={label} className={`tabs ${className ?? ''}`}>
      {ids.map((id, index) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${id}`}
          data-tab={id}
          aria-selected={id === selected}
          aria-controls={`${idPrefix}-panel-${id}`}
          tabIndex={id === selected ? 0 : -1}
          onClick={() => onSelect(id)}
          onKeyDown={(event) => move(event, index)}
        >
          {labelOf(id)}
        </button>
      ))}
    </div>
  );
}

export function TabPanel({
  id,
  idPrefix,
  selected,
  children,
}: {
  id: string;
  idPrefix: string;
  selected: boolean;
  children: ReactNode;
}) {
  return (
    <div
      role="tabpanel"
      id={`${idPrefix}-panel-${id}`}
      aria-labelledby={`${idPrefix}-tab-${id}`}
      data-panel={id}
      hidden={!selected}
      className="tab-panel"
    >
      {children}
    </div>
  );
}
