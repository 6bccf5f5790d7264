import { ExerciseId, type JoinResponse } from '@borderline/shared';
import { Router } from 'express';
import type { ExerciseService } from '../exercises';
import type { Logger } from '../logger';
import { facilitatorKeyOf, refuse, route } from './http-support';

/**
 * `POST /api/exercises/:id/projector` (facilitator key header): the room's
 * projector takes an observer seat, even in a locked lobby; a second call
 * returns the same seat and token (see docs/protocol.md).
 */
export function projectorRoute(options: { service: ExerciseService; logger: Logger }): Router {
  const { service, logger } = options;
  const router = Router();
  router.post(
    '/exercises/:id/projector',
    route(logger, (request, response) => {
      const key = facilitatorKeyOf(request);
      const id = ExerciseId.safeParse(request.params['id']);
      if (!id.success) throw refuse('not-found', 'There is no such exercise.');
      const seat = service.seatProjector(id.data, key);
      if (seat.created) {
        logger.info({ exerciseId: seat.exerciseId, player: seat.playerId }, 'projector seated');
      }
      const body: JoinResponse = {
        exerciseId: seat.exerciseId,
        playerId: seat.playerId,
        token: seat.token,
      };
      response.status(seat.created ? 201 : 200).json(body);
    }),
  );
  return router;
}
