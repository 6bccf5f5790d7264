import { createContext, useContext, type ReactNode } from 'react';
import type { GlossaryEntry } from '@borderline/shared';

/** The scenario's glossary, and where its page is, for the cards of one exercise screen. */
export interface GlossaryContextValue {
  glossary: readonly GlossaryEntry[];
  /** The glossary page, open at one entry. */
  hrefOf: (entry: string) => string;
}

const NO_GLOSSARY: GlossaryContextValue = { glossary: [], hrefOf: () => '' };

const GlossaryContext = createContext<GlossaryContextValue>(NO_GLOSSARY);

/** Screens outside an exercise (the report, a replay) have none: their text is shown plain. */
export function GlossaryProvider({
  value,
  children,
}: {
  value: GlossaryContextValue;
  children: ReactNode;
}) {
  return <GlossaryContext.Provider value={value}>{children}</GlossaryContext.Provider>;
}

export function useGlossary(): GlossaryContextValue {
  return useContext(GlossaryContext);
}

/** The glossary page of an exercise seat, open at `entry` when given. */
export function glossaryHref(exerciseId: string, control: boolean, entry?: string): string {
  const base = `/${control ? 'control' : 'play'}/${exerciseId}/glossary`;
  return entry === undefined ? base : `${base}?term=${encodeURIComponent(entry)}`;
}

/** The role sheet of an exercise seat: the team's, or Control's. */
export function roleSheetHref(exerciseId: string, control: boolean): string {
  return `/${control ? 'control' : 'play'}/${exerciseId}/sheet`;
}

/** The seat's own screen, the way back from its materials. */
export function seatHref(exerciseId: string, control: boolean): string {
  return `/${control ? 'control' : 'play'}/${exerciseId}`;
}
