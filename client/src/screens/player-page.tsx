import { ExerciseGate } from '../exercise/exercise-gate';
import { PlayerHotwash } from './hotwash/player-hotwash';
import { PlayerLobby } from './lobby/player-lobby';
import { ObserverScreen } from './projector/observer-screen';
import { TeamRoom } from './team-room/team-room';

/**
 * A player's seat: the lobby until the exercise starts, then the team room
 * (or, for an observer, the public picture), then the hotwash.
 */
export default function PlayerPage({ exerciseId }: { exerciseId: string }) {
  return (
    <ExerciseGate exerciseId={exerciseId} role="player">
      {(view) => {
        const { phase } = view.exercise;
        if (phase === 'lobby') return <PlayerLobby view={view} />;
        if (phase === 'hotwash' || phase === 'ended') return <PlayerHotwash view={view} />;
        if (view.recipient.kind === 'observer') return <ObserverScreen view={view} />;
        return <TeamRoom view={view} />;
      }}
    </ExerciseGate>
  );
}
