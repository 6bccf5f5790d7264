import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { glossarySegments, type GlossaryEntry } from '@borderline/shared';
import { localize } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { useGlossary } from './glossary-context';
import './glossary.css';

/**
 * A card's text with the glossary's terms marked: each term, at its first
 * appearance, is a button (a span with the button role, so that it wraps
 * like the words around it) that opens a short explanation (the browser's
 * popover: it closes on Escape or a tap outside, on a laptop as on a phone)
 * with a link to the whole glossary.
 */
export function GlossaryText({ text }: { text: string }) {
  const { glossary } = useGlossary();
  const language = useLanguage();
  const segments = useMemo(
    () => glossarySegments(text, glossary, language),
    [text, glossary, language],
  );
  return (
    <>
      {segments.map((segment, index) => {
        if (segment.kind === 'text') return segment.text;
        const entry = glossary.find((candidate) => candidate.id === segment.entry);
        return entry === undefined ? (
          segment.text
        ) : (
          <GlossaryTerm key={index} written={segment.text} entry={entry} />
        );
      })}
    </>
  );
}

function GlossaryTerm({ written, entry }: { written: string; entry: GlossaryEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { hrefOf } = useGlossary();
  const id = `glossary-${useId().replace(/:/g, '')}`;
  const popover = useRef<HTMLSpanElement>(null);
  const [open, setOpen] = useState(false);
  const expansion = localize(entry.expansion, language);
  // A tap on the term while its popover is open closes it (light dismiss, on
  // pointer down): the click that follows must not open it again.
  const openAtPointerDown = useRef(false);
  const toggle = () => popover.current?.togglePopover();
  // A span, not a button: a button never breaks across lines, and a term of
  // three words would leave a ragged gap before it on a phone.
  return (
    <>
      <span
        role="button"
        tabIndex={0}
        className="glossary-term"
        data-term={entry.id}
        aria-label={t('materials.glossary.termOf', { term: written })}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={id}
        onPointerDown={() => {
          openAtPointerDown.current = popover.current?.matches(':popover-open') ?? false;
        }}
        onClick={() => {
          if (openAtPointerDown.current) {
            openAtPointerDown.current = false;
            popover.current?.hidePopover();
            return;
          }
          toggle();
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          toggle();
        }}
      >
        <dfn title={expansion}>{written}</dfn>
      </span>
      <span
        ref={popover}
        id={id}
        popover="auto"
        role="dialog"
        aria-label={written}
        className="glossary-popover"
        onToggle={(event) => setOpen(event.newState === 'open')}
      >
        <strong className="glossary-popover-term">{localize(entry.term, language)}</strong>
        <span className="glossary-popover-expansion">{expansion}</span>
        <span className="glossary-popover-text">{localize(entry.explanation, language)}</span>
        <span className="glossary-popover-tools">
          <Link href={hrefOf(entry.id)}>{t('materials.glossary.allTerms')}</Link>
          <button type="button" onClick={() => popover.current?.hidePopover()}>
            {t('materials.glossary.close')}
          </button>
        </span>
      </span>
    </>
  );
}
