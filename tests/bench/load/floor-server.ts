/**
 * The floor: a bare socket.io 4 server with nothing behind it. Each socket
 * names its exercise and seat in the handshake and receives a first view of
 * the size the product sent it; each `command` names the frames the product
 * sent for it (event, size, recipients), which this server sends to the same
 * sockets (one encoding per group, as the product's room broadcast does)
 * after acknowledging, as the product does. Run as its own process, like the
 * product, and prints `{"port":N}` once listening.
 */
import { createServer } from 'node:http';
import { Server, type Socket } from 'socket.io';

interface Handshake {
  exercise: string;
  seat: number;
  firstViewBytes: number;
  firstViewEvent: string;
}

interface FloorCommand {
  frames: { event: string; bytes: number; sockets: number[] }[];
  pad: string;
}

const payloads = new Map<string, string | Buffer>();
/** The text packet's share of a binary event: `51-["packed",{"_placeholder":true,"num":0}]`. */
const PLACEHOLDER_BYTES = Buffer.byteLength('51-["packed",{"_placeholder":true,"num":0}]');

/**
 * A payload that makes a frame of exactly `bytes` bytes: a string in
 * `2["event","…"]`, or, for the product's deflated frames, bytes sent as a
 * binary attachment, as the product sends them.
 */
function payloadOf(event: string, bytes: number): string | Buffer {
  const key = `${event}:${bytes}`;
  let payload = payloads.get(key);
  if (payload === undefined) {
    payload =
      event === 'packed'
        ? Buffer.alloc(Math.max(0, bytes - PLACEHOLDER_BYTES), 7)
        : 'x'.repeat(Math.max(0, bytes - Buffer.byteLength(`2["${event}",""]`)));
    payloads.set(key, payload);
  }
  return payload;
}

const httpServer = createServer();
const io = new Server(httpServer, {
  maxHttpBufferSize: 1_000_000,
  perMessageDeflate: false, // as the product: large frames come deflated already
  serveClient: false,
});
/** Per exercise, socket ids by seat. */
const seats = new Map<string, Map<number, string>>();

io.on('connection', (socket: Socket) => {
  const { exercise, seat, firstViewBytes, firstViewEvent } = socket.handshake.auth as Handshake;
  let ids = seats.get(exercise);
  if (ids === undefined) {
    ids = new Map();
    seats.set(exercise, ids);
  }
  ids.set(seat, socket.id);
  socket.emit(firstViewEvent, payloadOf(firstViewEvent, firstViewBytes));
  socket.on('command', (command: FloorCommand, ack: (result: { ok: true }) => void) => {
    ack({ ok: true });
    setImmediate(() => {
      for (const group of command.frames) {
        const targets = group.sockets.flatMap((index) => {
          const id = ids?.get(index);
          return id === undefined ? [] : [id];
        });
        if (targets.length > 0)
          io.to(targets).emit(group.event, payloadOf(group.event, group.bytes));
      }
    });
  });
  socket.on('disconnect', () => {
    ids?.delete(seat);
    if (ids?.size === 0) seats.delete(exercise);
  });
});

httpServer.listen(0, '127.0.0.1', () => {
  const address = httpServer.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  console.log(JSON.stringify({ msg: 'floor listening', port }));
});
process.on('SIGTERM', () => {
  void io.close(() => process.exit(0));
});
