import type { Socket } from 'socket.io-client';

/** Calls `arrived` once, at the first whole view: a plain `view`, or `packed` when it is large. */
export function onceFirstView(socket: Socket, arrived: () => void): void {
  const once = () => {
    socket.off('view', once);
    socket.off('packed', once);
    arrived();
  };
  socket.on('view', once);
  socket.on('packed', once);
}
