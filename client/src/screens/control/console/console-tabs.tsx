import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface ConsoleTab {
  id: string;
  label: string;
  content: ReactNode;
}

/**
 * The console's details, one at a time (WAI-ARIA tabs: arrow keys, Home and
 * End move between them). Every panel stays mounted, hidden when not
 * chosen, so that what was typed in one survives a look at another.
 */
export function ConsoleTabs({
  label,
  tabs,
  selected,
  onSelect,
}: {
  label: string;
  tabs: ConsoleTab[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = tabs.some((tab) => tab.id === selected) ? selected : (tabs[0]?.id ?? '');
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const tab = to === null ? undefined : tabs[to];
    if (to === null || tab === undefined) return;
    event.preventDefault();
    onSelect(tab.id);
    buttons.current[to]?.focus();
  };

  return (
    <div className="control-tabs">
      <div role="tablist" aria-label={label} className="control-tablist">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`control-tab-${tab.id}`}
            data-testid={`tab-${tab.id}`}
            aria-selected={tab.id === current}
            aria-controls={`control-panel-${tab.id}`}
            tabIndex={tab.id === current ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`control-panel-${tab.id}`}
          data-testid={`panel-${tab.id}`}
          aria-labelledby={`control-tab-${tab.id}`}
          hidden={tab.id !== current}
          className="control-tabpanel"
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
