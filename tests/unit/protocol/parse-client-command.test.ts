import {
  CLIENT_COMMAND_TYPES,
  LIMITS,
  MAX_MESSAGE_BYTES,
  MAX_REFLECTION_ANSWER,
  nearestCommandTypes,
  parseClientCommand,
  type ParsedCommand,
} from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { VALID_COMMANDS } from './command-examples';

const examples = Object.values(VALID_COMMANDS);

function refusal(parsed: ParsedCommand): { code: string; message: string } {
  if (parsed.ok) throw new Error(`expected a refusal, got ${JSON.stringify(parsed.command)}`);
  return parsed.error;
}

function withField(command: object, key: string, value: unknown): unknown {
  return { ...command, [key]: value };
}

function withoutField(command: object, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(command).filter(([name]) => name !== key));
}

describe('parseClientCommand: valid commands', () => {
  it('has an example of every command type', () => {
    expect(Object.keys(VALID_COMMANDS).sort()).toEqual([...CLIENT_COMMAND_TYPES].sort());
    expect(CLIENT_COMMAND_TYPES).toHaveLength(29);
  });

  it.each(examples.map((command) => [command.type, command] as const))(
    'accepts a valid %s',
    (_type, command) => {
      const parsed = parseClientCommand(structuredClone(command));
      expect(parsed).toEqual({ ok: true, command });
    },
  );

  it('trims chat text and normalises nothing else', () => {
    const parsed = parseClientCommand({ ...VALID_COMMANDS['chat.send'], text: '  hello  ' });
    expect(parsed.ok && parsed.command.type === 'chat.send' && parsed.command.text).toBe('hello');
  });

  it('accepts a free-form decision and a hold', () => {
    const freeform = {
      id: 'cmd-freeform-1',
      type: 'team.submitDecision',
      decision: {
        kind: 'freeform',
        description: 'Offer a joint commission',
        reasons: ['Both need a win', 'Cheap'],
        visibility: 'covert',
      },
    };
    expect(parseClientCommand(freeform).ok).toBe(true);
    const hold = { id: 'cmd-hold-0001', type: 'team.submitDecision', decision: { kind: 'hold' } };
    expect(parseClientCommand(hold).ok).toBe(true);
  });

  it('accepts a draft cleared with null', () => {
    const cleared = { id: 'cmd-clear-001', type: 'team.updateDraft', draft: null };
    expect(parseClientCommand(cleared).ok).toBe(true);
  });
});

describe('parseClientCommand: unknown and malformed messages', () => {
  it('refuses an unknown type with the nearest valid names', () => {
    const error = refusal(parseClientCommand({ id: 'cmd-abc-0001', type: 'team.submitDecison' }));
    expect(error.code).toBe('unknown-command');
    expect(error.message).toContain('"team.submitDecison"');
    expect(error.message).toContain('"team.submitDecision"');
    expect(nearestCommandTypes('facilitator.advnce')[0]).toBe('facilitator.advance');
    expect(nearestCommandTypes('CHAT.SEND')[0]).toBe('chat.send');
  });

  it('refuses a clock event: only the server’s clock sends it', () => {
    const error = refusal(
      parseClientCommand({ id: 'cmd-abc-0001', type: 'clock.deadlineReached' }),
    );
    expect(error.code).toBe('unknown-command');
  });

  it.each([
    ['null', null],
    ['a string', 'facilitator.advance'],
    ['an array', [{ id: 'cmd-abc-0001', type: 'facilitator.advance' }]],
    ['a number', 42],
  ])('refuses %s as the message', (_what, raw) => {
    const error = refusal(parseClientCommand(raw));
    expect(error.code).toBe('invalid-message');
    expect(error.message).toContain('expected a command object');
  });

  it('refuses a message without a type', () => {
    const error = refusal(parseClientCommand({ id: 'cmd-abc-0001' }));
    expect(error).toEqual({
      code: 'invalid-message',
      message: 'type: expected a command type (a string) such as "chat.send"',
    });
  });

  it('refuses a message that cannot be serialised', () => {
    const error = refusal(parseClientCommand({ id: 'cmd-abc-0001', type: 'x', big: 1n }));
    expect(error.code).toBe('invalid-message');
  });

  it('refuses a message larger than MAX_MESSAGE_BYTES as too large', () => {
    const raw = { ...VALID_COMMANDS['chat.send'], text: 'x'.repeat(MAX_MESSAGE_BYTES) };
    const error = refusal(parseClientCommand(raw));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain(String(MAX_MESSAGE_BYTES));
  });

  it.each(examples.map((command) => [command.type, command] as const))(
    'refuses %s with an extra key, naming it and the expected fields',
    (type, command) => {
      const error = refusal(parseClientCommand(withField(command, 'extra', true)));
      expect(error.code).toBe('invalid-message');
      expect(error.message).toContain(`${type}: unexpected field "extra"`);
      expect(error.message).toContain('has only: id, type');
    },
  );

  it.each(examples.map((command) => [command.type, command] as const))(
    'refuses %s without its id or with a missing required field',
    (type, command) => {
      const missingId = refusal(parseClientCommand(withoutField(command, 'id')));
      expect(missingId.message).toBe(`${type}: id: missing (expected string)`);
      for (const key of Object.keys(command).filter((name) => name !== 'id' && name !== 'type')) {
        const parsed = parseClientCommand(withoutField(command, key));
        // Optional fields may go; a required one is named as missing.
        if (!parsed.ok) expect(parsed.error.message).toContain(`${key}: missing`);
      }
    },
  );

  it.each([
    ['chat.send', 'text'],
    ['team.submitDecision', 'decision'],
    ['facilitator.releaseInject', 'inject'],
    ['facilitator.overrideTrack', 'reason'],
    ['lobby.movePlayer', 'team'],
    ['lobby.setSeat', 'kind'],
    ['player.submitReflection', 'answers'],
  ] as const)('names the missing field of %s: %s', (type, key) => {
    const error = refusal(parseClientCommand(withoutField(VALID_COMMANDS[type], key)));
    expect(error.code).toBe('invalid-message');
    expect(error.message).toMatch(new RegExp(`^${type.replace('.', '\\.')}: ${key}: missing`));
  });

  it.each([
    ['too short', 'abc'],
    ['too long', 'a'.repeat(65)],
    ['with spaces', 'not a valid id'],
    ['with other characters', 'cmd/001.json'],
    ['a number', 12345678],
  ])('refuses a command id %s', (_what, id) => {
    const error = refusal(parseClientCommand({ ...VALID_COMMANDS['facilitator.advance'], id }));
    expect(error.code).toBe('invalid-message');
    expect(error.message).toMatch(/^facilitator\.advance: id: expected a command id/);
  });

  it('accepts command ids of 8 and 64 characters', () => {
    for (const id of ['a'.repeat(8), 'A_b-'.repeat(16)]) {
      expect(parseClientCommand({ id, type: 'facilitator.advance' }).ok).toBe(true);
    }
  });
});

describe('parseClientCommand: limits and seats', () => {
  const decide = VALID_COMMANDS['team.submitDecision'];

  it.each([
    [
      'chat text',
      { ...VALID_COMMANDS['chat.send'], text: 'x'.repeat(LIMITS.chatText + 1) },
      'text',
      LIMITS.chatText,
    ],
    [
      'a rationale',
      { ...decide, decision: { ...decide.decision, rationale: 'x'.repeat(4001) } },
      'decision.rationale',
      4000,
    ],
    [
      'a statement',
      { ...decide, decision: { ...decide.decision, statement: 'x'.repeat(4001) } },
      'decision.statement',
      4000,
    ],
    [
      'a draft rationale',
      {
        ...VALID_COMMANDS['team.updateDraft'],
        draft: { kind: 'hold', rationale: 'x'.repeat(4001) },
      },
      'draft.rationale',
      4000,
    ],
    [
      'a narrative',
      { ...VALID_COMMANDS['facilitator.addNarrative'], text: 'x'.repeat(LIMITS.narrative + 1) },
      'text',
      LIMITS.narrative,
    ],
    [
      'a reason',
      { ...VALID_COMMANDS['facilitator.endEarly'], reason: 'x'.repeat(LIMITS.reason + 1) },
      'reason',
      LIMITS.reason,
    ],
    [
      'a reflection',
      {
        ...VALID_COMMANDS['player.submitReflection'],
        answers: { why: 'x'.repeat(MAX_REFLECTION_ANSWER + 1) },
      },
      'answers.why',
      MAX_REFLECTION_ANSWER,
    ],
  ] as const)('refuses oversized %s', (_what, raw, path, max) => {
    const error = refusal(parseClientCommand(raw));
    expect(error.code).toBe('invalid-message');
    expect(error.message).toContain(`${path}: expected at most ${max} characters`);
  });

  it('refuses too many cards or reasons', () => {
    const cards = ['a', 'b', 'c', 'd', 'e', 'f'];
    const many = { ...decide, decision: { ...decide.decision, cards } };
    expect(refusal(parseClientCommand(many)).message).toContain(
      'decision.cards: expected at most 5',
    );
    const reasons = {
      ...decide,
      decision: {
        kind: 'freeform',
        description: 'x',
        reasons: ['a', 'b', 'c', 'd'],
        visibility: 'public',
      },
    };
    expect(refusal(parseClientCommand(reasons)).message).toContain(
      'decision.reasons: expected at most 3',
    );
  });

  it('refuses a team or a player in the message: they come from the sender’s seat', () => {
    const withTeam = refusal(parseClientCommand(withField(decide, 'team', 'cartels')));
    expect(withTeam.message).toContain('unexpected field "team"');
    const dilemma = withField(VALID_COMMANDS['team.chooseDilemmaOption'], 'team', 'mexico-city');
    expect(refusal(parseClientCommand(dilemma)).code).toBe('invalid-message');
    const reflection = withField(VALID_COMMANDS['player.submitReflection'], 'player', 'p-1');
    expect(refusal(parseClientCommand(reflection)).message).toContain('unexpected field "player"');
  });

  it('refuses `at`: the server stamps the time', () => {
    const timed = withField(VALID_COMMANDS['facilitator.advance'], 'at', 1);
    expect(refusal(parseClientCommand(timed)).message).toContain('unexpected field "at"');
  });

  it('refuses a bad decision kind, channel, odds, outcome or empty chat', () => {
    const cases: [unknown, string][] = [
      [{ ...decide, decision: { kind: 'attack' } }, 'decision.kind'],
      [
        { ...VALID_COMMANDS['chat.send'], channel: 'team:Bad Name' },
        'channel: expected "team:<id>"',
      ],
      [{ ...VALID_COMMANDS['chat.send'], text: '   ' }, 'text: expected non-empty text'],
      [{ ...VALID_COMMANDS['facilitator.setFreeformOdds'], odds: 101 }, 'odds'],
      [{ ...VALID_COMMANDS['facilitator.overrideOutcome'], outcome: 'vetoed' }, 'outcome'],
      [
        { ...VALID_COMMANDS['facilitator.adjustDeadline'], deltaMs: 1.5 },
        'deltaMs: expected a whole number',
      ],
      [
        { ...VALID_COMMANDS['facilitator.releaseInject'], inject: 'Not_An_Id' },
        'inject: expected a kebab-case id',
      ],
      [{ ...VALID_COMMANDS['lobby.setLocked'], locked: 'yes' }, 'locked'],
      [
        { ...VALID_COMMANDS['facilitator.setFreeformOdds'], onSuccess: [{ track: 'escalation' }] },
        'onSuccess[0]',
      ],
    ];
    for (const [raw, expected] of cases) {
      const error = refusal(parseClientCommand(raw));
      expect(error.code).toBe('invalid-message');
      expect(error.message).toContain(expected);
    }
  });
});
