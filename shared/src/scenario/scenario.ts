import { z } from 'zod';
import { ActionCard } from './action-card';
import { Channel } from './channel';
import { DebriefGuide } from './debrief-guide';
import { Dynamic } from './dynamic';
import { Ending } from './ending';
import { Format } from './format';
import { GlossaryEntry } from './glossary-entry';
import { InjectCard } from './inject-card';
import { KnowledgeCheck } from './knowledge-check';
import { LearningObjective } from './learning-objective';
import { Move } from './move';
import { ReflectionPrompt } from './reflection-prompt';
import { Rubric } from './rubric';
import { Id, Language, LocalizedText } from './primitives';
import { Team } from './team';
import { Track } from './track';

/** A public web address (https), for a citation a student can follow. */
const WebAddress = z.url({ protocol: /^https$/, error: 'expected an https:// address' });

/** The text the scenario's cards cite; the project carries the citation, never the text. */
export const SourceCitation = z.strictObject({
  publication: z.string().min(1),
  title: z.string().min(1),
  author: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
  /** The article file the excerpts are checked against, relative to the shared seed folder. */
  file: z.string().min(1).optional(),
  /** Where a student reads the article: each card's source links to it. */
  url: WebAddress.optional(),
});
export type SourceCitation = z.infer<typeof SourceCitation>;

/**
 * A further source some cards draw on (a report, an earlier exercise), cited
 * by id. It has no file: what a card takes from it is said in the card's own
 * words, in `alsoCites`.
 */
export const OtherSource = z.strictObject({
  id: Id,
  publication: z.string().min(1),
  title: z.string().min(1),
  author: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
  /** What kind of text it is, e.g. "a tabletop exercise and its public write-up". */
  kind: LocalizedText,
  /** Where a student reads it. */
  url: WebAddress.optional(),
});
export type OtherSource = z.infer<typeof OtherSource>;

const Minutes = z.number().int().min(1).max(240);

/** Default phase lengths; the facilitator may change them when creating an exercise. */
export const Timing = z.strictObject({
  briefingMinutes: Minutes,
  deliberationMinutes: Minutes,
  decisionMinutes: Minutes,
  hotwashMinutes: Minutes,
});
export type Timing = z.infer<typeof Timing>;

export const Rules = z.strictObject({
  decisionMode: z.enum(['sequential', 'simultaneous']),
  turnOrder: z.array(Id).min(1),
  /** Action cards a team may play in one decision. */
  maxActionsPerDecision: z.number().int().min(1).max(5),
  /** Covert actions a team may play in one move (secret moves are rationed). */
  maxCovertPerMove: z.number().int().min(0).max(5),
});
export type Rules = z.infer<typeof Rules>;

export const Scenario = z.strictObject({
  id: Id,
  version: z.number().int().min(1),
  title: LocalizedText,
  summary: LocalizedText,
  languages: z
    .array(Language)
    .min(1)
    .refine((languages) => languages.includes('en'), {
      message: 'expected "en" among the languages',
    }),
  source: SourceCitation,
  otherSources: z.array(OtherSource).default([]),
  audience: LocalizedText,
  players: z.strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) }),
  durationMinutes: z.number().int().min(15).max(600),
  timing: Timing,
  rules: Rules,
  /**
   * The seminar lengths the scenario is built for; the facilitator picks one
   * when creating an exercise. Without any, the scenario plays all its moves
   * with its own timing and rules.
   */
  formats: z.array(Format).default([]),
  learningObjectives: z.array(LearningObjective).min(2).max(4),
  /** How each learning objective is rated (the checker wants one per objective). */
  rubrics: z.array(Rubric).default([]),
  /** The reflection's questions in the scenario's words, each tied to an objective; the generic ones otherwise. */
  reflectionPrompts: z.array(ReflectionPrompt).default([]),
  tracks: z.array(Track).min(1),
  teams: z.array(Team).min(2),
  /** Private lines between teams; none by default. */
  channels: z.array(Channel).default([]),
  moves: z.array(Move).min(1),
  actions: z.array(ActionCard).min(1),
  injects: z.array(InjectCard).min(1),
  endings: z.array(Ending).min(1),
  /** How the world moves by itself after every move; none by default. */
  dynamics: z.array(Dynamic).default([]),
  /** The terms the cards use that a student may not know (acronyms, legal terms); none by default. */
  glossary: z.array(GlossaryEntry).default([]),
  /** The scenario's own debrief questions, per stage; without it the debrief asks generic ones. */
  debriefGuide: DebriefGuide.optional(),
  /** A short quiz taken before the first move and again in the debrief (knowledge-check.yaml). */
  knowledgeCheck: KnowledgeCheck.optional(),
});
export type Scenario = z.infer<typeof Scenario>;
/** The scenario as written in its files, before defaults are filled in. */
export type ScenarioInput = z.input<typeof Scenario>;
