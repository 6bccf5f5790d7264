import type { ExerciseView } from '@borderline/shared';
import { CloseHotwash } from './close-hotwash';
import { Debrief } from './debrief';
import { EverybodyReflections, playersWithoutReflection } from './everybody-reflections';
import { HotwashShell } from './hotwash-shell';
import { KnowledgeResults } from '../knowledge-check/knowledge-results';

/**
 * Control's hotwash: the same guided debrief as the players', with every
 * reflection as it arrives, who has yet to write one, and the closing of
 * the hotwash (which ends the exercise); then the report's link.
 */
export function ControlHotwash({ view }: { view: ExerciseView }) {
  return (
    <HotwashShell view={view} className="hotwash-control">
      <CloseHotwash view={view} missing={playersWithoutReflection(view).length} />
      <Debrief view={view} takeaway={<EverybodyReflections view={view} />} />
      <KnowledgeResults view={view} />
    </HotwashShell>
  );
}
