import type { Scenario } from '@borderline/shared';
import { checkAssessment } from './check-assessment';
import { checkCardRisks } from './check-card-risks';
import { checkDates } from './check-dates';
import { checkDebriefGuide } from './check-debrief-guide';
import { checkEndings } from './check-endings';
import { checkFormats } from './check-formats';
import { checkGlossary } from './check-glossary';
import { checkIds } from './check-ids';
import { checkKnowledgeCheck } from './check-knowledge-check';
import { checkMoveNumbers } from './check-move-numbers';
import { checkReferences } from './check-references';
import { checkReleasability } from './check-releasability';
import { checkSatisfiability } from './check-satisfiability';
import { checkTeaching } from './check-teaching';
import { checkTrackBands } from './check-track-bands';
import { checkTranslations } from './check-translations';
import type { Problem } from './problem';

/** The checks that need nothing but the scenario (the article check needs the article too). */
export const SCENARIO_CHECKS: readonly ((scenario: Scenario) => Problem[])[] = [
  checkIds,
  checkMoveNumbers,
  checkReferences,
  checkReleasability,
  checkDates,
  checkFormats,
  checkCardRisks,
  checkSatisfiability,
  checkEndings,
  checkTrackBands,
  checkTeaching,
  checkAssessment,
  checkTranslations,
  checkGlossary,
  checkDebriefGuide,
  checkKnowledgeCheck,
];

/** Every problem the pure checks find in a scenario that already passed the schema. */
export function checkScenario(scenario: Scenario): Problem[] {
  return SCENARIO_CHECKS.flatMap((check) => check(scenario));
}
