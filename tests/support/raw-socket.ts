import { io, type Socket } from 'socket.io-client';
import { onceFirstView } from './first-view';

/**
 * An untyped socket.io client, to send what no well-behaved client would:
 * payloads of the wrong type, no acknowledgement, unknown events, oversized
 * frames. Resolves once the server's first view has arrived (plain, or
 * packed when it is large).
 */
export function connectRaw(
  baseUrl: string,
  auth: unknown,
  options: { reconnection?: boolean } = {},
): Promise<Socket> {
  const socket = io(baseUrl, {
    auth: auth as Record<string, unknown>,
    transports: ['websocket'],
    forceNew: true,
    reconnection: options.reconnection ?? false,
    reconnectionDelay: 50,
  });
  return new Promise((resolve, reject) => {
    onceFirstView(socket, () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Emits an event with these arguments and an acknowledgement; resolves with the answer. */
export function emitWithAck(socket: Socket, event: string, ...args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    socket.timeout(3_000).emit(event, ...args, (error: Error | null, answer: unknown) => {
      if (error !== null) reject(error);
      else resolve(answer);
    });
  });
}

/** The refusal a handshake got: the `data` of the connect_error. */
export async function handshakeRefusal(baseUrl: string, auth: unknown): Promise<unknown> {
  try {
    const socket = await connectRaw(baseUrl, auth);
    socket.close();
  } catch (error) {
    return (error as { data?: unknown }).data;
  }
  throw new Error('the handshake was accepted');
}
