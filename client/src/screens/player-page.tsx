import { ExerciseGate } from '../exercise/exercise-gate';
import { GlossaryPage } from './materials/glossary-page';
import { RoleSheetPage } from './materials/role-sheet-page';
import type { SeatPage } from './materials/seat-page';
import { PlayerHotwash } from './hotwash/player-hotwash';
import { PlayerLobby } from './lobby/player-lobby';
import { ObserverScreen } from './projector/observer-screen';
import { TeamRoom } from './team-room/team-room';

/**
 * A player's seat: the lobby until the exercise starts, then the team room
 * (or, for an observer, the public picture), then the hotwash.
 */
export default function PlayerPage({
  exerciseId,
  page = 'seat',
}: {
  exerciseId: string;
  page?: SeatPage;
}) {
  return (
    <ExerciseGate exerciseId={exerciseId} role="player">
      {(view) => {
        if (page === 'sheet') return <RoleSheetPage view={view} control={false} />;
        if (page === 'glossary') return <GlossaryPage view={view} control={false} />;
        const { phase } = view.exercise;
        if (phase === 'lobby') return <PlayerLobby view={view} />;
        if (phase === 'hotwash' || phase === 'ended') return <PlayerHotwash view={view} />;
        if (view.recipient.kind === 'observer') return <ObserverScreen view={view} />;
        return <TeamRoom view={view} />;
      }}
    </ExerciseGate>
  );
}
