import type { ExerciseView } from '@borderline/shared';
import { RatingsGrid } from '../assessment/ratings-grid';
import { Debrief } from './debrief';
import { EverybodyReflections } from './everybody-reflections';
import { HotwashCockpit } from './hotwash-cockpit';
import { HotwashShell } from './hotwash-shell';
import { KnowledgeResults } from '../knowledge-check/knowledge-results';

/**
 * Control's hotwash: the same guided debrief as the players', with every
 * reflection as it arrives and who has yet to write one, under a cockpit
 * stuck to the top (the stage, the next action: the next stage, closing
 * the hotwash, which ends the exercise, then sharing the report).
 */
export function ControlHotwash({ view }: { view: ExerciseView }) {
  return (
    <HotwashShell view={view} className="hotwash-control" cockpit={<HotwashCockpit view={view} />}>
      <Debrief view={view} takeaway={<EverybodyReflections view={view} />} />
      <RatingsGrid view={view} />
      <KnowledgeResults view={view} />
    </HotwashShell>
  );
}
