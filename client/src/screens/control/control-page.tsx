import { ExerciseGate } from '../../exercise/exercise-gate';
import { GlossaryPage } from '../materials/glossary-page';
import { RoleSheetPage } from '../materials/role-sheet-page';
import type { SeatPage } from '../materials/seat-page';
import { ControlHotwash } from '../hotwash/control-hotwash';
import { ControlConsole } from './control-console';
import { ControlLobby } from './control-lobby';

/** Control's seat: the lobby's seating, then the console, then the hotwash. */
export default function ControlPage({
  exerciseId,
  page = 'seat',
}: {
  exerciseId: string;
  page?: SeatPage;
}) {
  return (
    <ExerciseGate exerciseId={exerciseId} role="facilitator">
      {(view) => {
        if (page === 'sheet') return <RoleSheetPage view={view} control />;
        if (page === 'glossary') return <GlossaryPage view={view} control />;
        const { phase } = view.exercise;
        if (phase === 'lobby') return <ControlLobby view={view} />;
        if (phase === 'hotwash' || phase === 'ended') return <ControlHotwash view={view} />;
        return <ControlConsole view={view} />;
      }}
    </ExerciseGate>
  );
}
