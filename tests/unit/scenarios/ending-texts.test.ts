import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@borderline/scenarios';

const scenario = loadScenario(
  path.resolve(import.meta.dirname, '../../../scenarios/us-mexico-2026'),
);

/**
 * An ending's text is shown before its dilemma is answered and after (the
 * ended screen, the report): it tells what happened, and leaves the choice
 * to the dilemma, which the screens then say was made.
 */
describe('the endings’ texts', () => {
  const withDilemma = scenario.endings.filter((ending) => ending.dilemma !== undefined);

  it.each(withDilemma.map((ending) => [ending.id, ending] as const))(
    '%s never says its choice is still to be made',
    (_id, ending) => {
      expect(ending.text.en).not.toMatch(/must now decide|has to decide|will decide/i);
      expect(ending.text.es ?? '').not.toMatch(/debe decidir|tendrá que decidir|decidirá/i);
    },
  );

  it('has at least one dilemma to check', () => {
    expect(withDilemma.length).toBeGreaterThan(0);
  });
});
