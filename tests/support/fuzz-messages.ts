import { CLIENT_COMMAND_TYPES, parseClientCommand } from '@borderline/shared';
import { nextFloat, seedRng, type RngState } from '../../server/src/engine';

/**
 * Random and malformed client messages, reproducible from a seed. Every
 * message is guaranteed to fail the protocol's parser, so a server that is
 * right must refuse all of them and change nothing.
 */
export class MessageFuzzer {
  private rng: RngState;

  constructor(seed: number) {
    this.rng = seedRng(seed);
  }

  private float(): number {
    const [value, next] = nextFloat(this.rng);
    this.rng = next;
    return value;
  }

  private int(max: number): number {
    return Math.floor(this.float() * max);
  }

  private pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  }

  private text(max: number): string {
    const alphabet = 'abcXYZ019 -_.:/\\"\'{}[]<>&%$#@!?ñé✓\u0000\u202e';
    let out = '';
    const length = this.int(max);
    for (let i = 0; i < length; i += 1) out += alphabet[this.int(alphabet.length)];
    return out;
  }

  /** Any JSON-ish value, nested up to `depth`. */
  value(depth = 3): unknown {
    const kind = this.int(depth > 0 ? 9 : 6);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return this.float() < 0.5;
      case 2:
        return this.pick([0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 42]);
      case 3:
        return this.text(40);
      case 4:
        return this.pick(['', 'washington', 'cartels', 'team:cartels', 'broadcast', '__proto__']);
      case 5:
        return this.pick(['x'.repeat(3000), 'ü'.repeat(10_000)]);
      case 6:
        return Array.from({ length: this.int(4) }, () => this.value(depth - 1));
      default: {
        const object: Record<string, unknown> = {};
        for (let i = this.int(4); i > 0; i -= 1) object[this.key()] = this.value(depth - 1);
        return object;
      }
    }
  }

  private key(): string {
    return this.pick([
      'id',
      'type',
      'team',
      'at',
      'decision',
      'cards',
      'channel',
      'text',
      'inject',
      'deltaMs',
      'player',
      'constructor',
      'prototype',
      this.text(12),
    ]);
  }

  /** A command-shaped or plainly broken message that the parser refuses. */
  message(): unknown {
    const shape = this.int(10);
    let candidate: unknown;
    if (shape === 0) candidate = this.value(2);
    else if (shape === 1) candidate = { type: this.pick(CLIENT_COMMAND_TYPES) };
    else if (shape === 2) candidate = { id: this.text(10), type: this.text(20) };
    else if (shape === 3) candidate = deeplyNested(this.int(200) + 20);
    else {
      const command: Record<string, unknown> = {
        id: this.pick(['cmd-12345678', 'short', '', 'bad id with spaces', 'x'.repeat(80)]),
        type: this.float() < 0.8 ? this.pick(CLIENT_COMMAND_TYPES) : this.text(25),
      };
      for (let i = this.int(5); i > 0; i -= 1) command[this.key()] = this.value(3);
      candidate = command;
    }
    if (parseClientCommand(candidate).ok && typeof candidate === 'object' && candidate !== null) {
      // Strict schemas refuse an unknown key: keeps every fuzz message invalid.
      return { ...candidate, unexpected: this.text(5) };
    }
    return candidate;
  }
}

function deeplyNested(depth: number): unknown {
  let value: unknown = { id: 'cmd-12345678', type: 'chat.send' };
  for (let i = 0; i < depth; i += 1) value = { type: 'chat.send', text: value };
  return value;
}
