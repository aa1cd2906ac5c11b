import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface PanelTab {
  key: string;
  title: string;
  content: ReactNode;
}

/**
 * ARIA tabs (WAI-ARIA Authoring Practices, automatic activation): the selected tab is the only
 * one in the Tab order, Left/Right and Home/End move between tabs. Every panel stays mounted,
 * hidden when not selected, so pasted text and a narrowed list survive switching.
 */
export function PanelTabs({ label, tabs }: { label: string; tabs: readonly PanelTab[] }) {
  const id = useId();
  const [selected, setSelected] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (i: number) => {
    setSelected(i);
    refs.current[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const last = tabs.length - 1;
    const next = { ArrowRight: selected === last ? 0 : selected + 1, ArrowLeft: selected === 0 ? last : selected - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    select(next);
  };
  return (
    <>
      <div className="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((t, i) => (
          <button
            key={t.key}
            ref={(el) => void (refs.current[i] = el)}
            type="button"
            role="tab"
            id={`${id}-tab-${t.key}`}
            aria-selected={i === selected}
            aria-controls={`${id}-panel-${t.key}`}
            tabIndex={i === selected ? 0 : -1}
            data-testid={`panel-tab-${t.key}`}
            onClick={() => select(i)}
          >
            {t.title}
          </button>
        ))}
      </div>
      {tabs.map((t, i) => (
        <div key={t.key} role="tabpanel" id={`${id}-panel-${t.key}`} aria-labelledby={`${id}-tab-${t.key}`} hidden={i !== selected} className="tabpanel">
          {t.content}
        </div>
      ))}
    </>
  );
}
