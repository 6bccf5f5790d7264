import type {
  ExerciseView,
  GlossaryEntry,
  LearningObjective,
  LocalizedText,
  ObjectiveView,
  OtherSource,
  SourceCitation,
} from '@borderline/shared';

/** An action card as the sheet lists it: compact, what a team needs to plan with it. */
export interface SheetCard {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  visibility: 'public' | 'covert';
  baseOdds: number;
}

/** One team as the sheet shows it; `secretBriefing` only on its own sheet and Control's. */
export interface SheetTeam {
  id: string;
  name: LocalizedText;
  role: LocalizedText;
  publicBriefing: LocalizedText;
  secretBriefing: LocalizedText;
  objectives: ObjectiveView[];
  cards: SheetCard[];
}

/** What a printed role sheet holds, taken from the view the server projected for its reader. */
export interface RoleSheet {
  kind: 'team' | 'control';
  title: LocalizedText;
  summary: LocalizedText;
  teams: SheetTeam[];
  learningObjectives: LearningObjective[];
  glossary: GlossaryEntry[];
  source: SourceCitation;
  otherSources: OtherSource[];
}

/**
 * The reader's role sheet: a team player's holds its own team only (the
 * view holds no other team's secrets, and the sheet takes nothing of the
 * other teams but what the view shows them publicly: nothing); Control's
 * holds every team whole, covert cards included. Observers have none.
 */
export function roleSheetOf(view: ExerciseView): RoleSheet | null {
  const { scenario } = view;
  const common = {
    title: scenario.title,
    summary: scenario.summary,
    learningObjectives: scenario.learningObjectives,
    glossary: scenario.glossary,
    source: scenario.source,
    otherSources: scenario.otherSources,
  };
  if (view.control !== null) {
    const { teams, cards } = view.control;
    return {
      kind: 'control',
      ...common,
      teams: teams.map((team) => ({
        id: team.id,
        name: team.name,
        role: team.role,
        publicBriefing: team.publicBriefing,
        secretBriefing: team.secretBriefing,
        objectives: team.objectives.map(({ id, text, visibility, weight }) => ({
          id,
          text,
          visibility,
          weight,
        })),
        cards: cards.filter((card) => card.team === team.id).map(sheetCard),
      })),
    };
  }
  const own = view.team;
  if (own === null) return null;
  const face = scenario.teams.find((team) => team.id === own.id);
  if (face === undefined) return null;
  return {
    kind: 'team',
    ...common,
    teams: [
      {
        id: own.id,
        name: face.name,
        role: face.role,
        publicBriefing: face.publicBriefing,
        secretBriefing: own.secretBriefing,
        objectives: own.objectives,
        cards: own.cards.map(sheetCard),
      },
    ],
  };
}

function sheetCard(card: {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  visibility: 'public' | 'covert';
  odds: { base: number };
}): SheetCard {
  return {
    id: card.id,
    name: card.name,
    description: card.description,
    visibility: card.visibility,
    baseOdds: card.odds.base,
  };
}
