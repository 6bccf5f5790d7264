import { HTTP_ROUTES } from '@borderline/shared';
import type { ExerciseService } from '../exercises';
import type { Logger } from '../logger';
import { facilitatorKeyOf } from './http-support';
import type { ServeRoute } from './serve-route';

/**
 * `POST /api/exercises/:id/projector` (facilitator key header): the room's
 * projector takes an observer seat, even in a locked lobby; a second call
 * returns the same seat and token with 200 (see docs/protocol.md).
 */
export function projectorRoute(
  serve: ServeRoute,
  options: { service: ExerciseService; logger: Logger },
): void {
  const { service, logger } = options;
  serve(HTTP_ROUTES.projectorSeat, ({ request, params: { id }, setStatus }) => {
    const seat = service.seatProjector(id, facilitatorKeyOf(request));
    if (seat.created) {
      logger.info({ exerciseId: seat.exerciseId, player: seat.playerId }, 'projector seated');
    } else {
      setStatus(200);
    }
    return { exerciseId: seat.exerciseId, playerId: seat.playerId, token: seat.token };
  });
}
