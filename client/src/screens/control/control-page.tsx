import { ExerciseGate } from '../../exercise/exercise-gate';
import { ControlHotwash } from '../hotwash/control-hotwash';
import { ControlConsole } from './control-console';
import { ControlLobby } from './control-lobby';

/** Control's seat: the lobby's seating, then the console, then the hotwash. */
export default function ControlPage({ exerciseId }: { exerciseId: string }) {
  return (
    <ExerciseGate exerciseId={exerciseId} role="facilitator">
      {(view) => {
        const { phase } = view.exercise;
        if (phase === 'lobby') return <ControlLobby view={view} />;
        if (phase === 'hotwash' || phase === 'ended') return <ControlHotwash view={view} />;
        return <ControlConsole view={view} />;
      }}
    </ExerciseGate>
  );
}
