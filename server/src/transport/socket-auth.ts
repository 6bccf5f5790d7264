import { formatIssues, refusalError, SocketAuth, type AckError } from '@borderline/shared';
import { ExerciseServiceError, type ExerciseService } from '../exercises';
import type { Logger } from '../logger';
import { clientAddress, type TrustFunction } from './client-address';
import type { GuessGuard } from './guess-guard';
import { INTERNAL_MESSAGE } from './refusals';
import type { TransportSocket } from './socket-types';

/** The Error socket.io hands to the client's `connect_error`, with the refusal as `data`. */
export type HandshakeRefusal = Error & { data: AckError };

function refusal(error: AckError): HandshakeRefusal {
  return Object.assign(new Error(error.message), { data: error });
}

/**
 * socket.io middleware: checks the handshake's `auth` (SocketAuth) and the
 * key or token it carries, and fills `socket.data` with the exercise, the
 * sender and the recipient its views are computed for. A bad handshake is
 * refused with `unauthorized` (bad shape, key or token) or `not-found` (no
 * such exercise), which count against the address's guesses; an address
 * past them is refused with `rate-limited` before anything is looked up.
 * Keys and tokens are never logged.
 */
export function authenticateSocket(
  service: ExerciseService,
  logger: Logger,
  { guesses, trust }: { guesses: GuessGuard; trust: TrustFunction },
) {
  return (socket: TransportSocket, next: (error?: Error) => void): void => {
    const address = clientAddress(socket.request, trust);
    guesses.check(address).then(
      (spent) => {
        if (spent.ok) {
          authenticate(socket, address, (error) => {
            guesses.record(address, error?.data.code ?? null);
            next(error);
          });
          return;
        }
        logger.info({ address, code: 'rate-limited' }, 'connection refused');
        next(refusal({ code: 'rate-limited', message: spent.message }));
      },
      (error: unknown) => {
        logger.error({ err: error }, 'handshake failed');
        next(refusal({ code: 'internal', message: INTERNAL_MESSAGE }));
      },
    );
  };

  function authenticate(
    socket: TransportSocket,
    address: string,
    next: (error?: HandshakeRefusal) => void,
  ): void {
    const parsed = SocketAuth.safeParse(socket.handshake.auth);
    if (!parsed.success) {
      const message = `The connection's auth is not valid: ${formatIssues(parsed.error.issues)}.`;
      logger.info({ address, code: 'unauthorized' }, 'connection refused');
      next(refusal({ code: 'unauthorized', message }));
      return;
    }
    const auth = parsed.data;
    const { exerciseId } = auth;
    try {
      if (auth.role === 'facilitator') {
        service.authenticateFacilitator(exerciseId, auth.key);
        socket.data = {
          exerciseId,
          sender: { kind: 'facilitator' },
          recipient: { kind: 'facilitator' },
          heldScenarios: auth.scenarios ?? [],
          viewClass: null,
          personal: null,
        };
      } else {
        const seat = service.resumePlayer(exerciseId, auth.token);
        socket.data = {
          exerciseId,
          sender: { kind: 'player', playerId: seat.playerId },
          recipient: service.recipient(exerciseId, seat.playerId),
          heldScenarios: auth.scenarios ?? [],
          viewClass: null,
          personal: null,
        };
      }
      next();
    } catch (error) {
      if (error instanceof ExerciseServiceError) {
        const refused = refusalError(error.code, error.message, error.detail);
        logger.info({ exerciseId, address, code: refused.code }, 'connection refused');
        next(refusal(refused));
        return;
      }
      logger.error({ exerciseId, err: error }, 'handshake failed');
      next(refusal({ code: 'internal', message: INTERNAL_MESSAGE }));
    }
  }
}
