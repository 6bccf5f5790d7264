import type { ChatMessage, ScenarioSummary } from '@borderline/shared';

export function chatMessage(id: string, at: number, channel = 'team:washington'): ChatMessage {
  return {
    id,
    channel,
    sender: 'p-1',
    senderName: 'Ana',
    text: `message ${id}`,
    at,
    move: 1,
    phase: 'deliberation',
  };
}

/** A scenario as GET /api/scenarios lists it, translated in part (the audience is English only). */
export const scenarioSummary: ScenarioSummary = {
  id: 'test-crisis',
  version: 1,
  title: { en: 'A Test Crisis', es: 'Una crisis de prueba' },
  summary: { en: 'Two capitals argue.', es: 'Dos capitales discuten.' },
  audience: { en: 'Students of the test' },
  languages: ['en', 'es'],
  source: { publication: 'The Journal', title: 'On Tests', author: 'A. Author', year: 2026 },
  players: { min: 2, max: 12 },
  durationMinutes: 90,
  timing: { briefingMinutes: 10, deliberationMinutes: 10, decisionMinutes: 5, hotwashMinutes: 20 },
  learningObjectives: [
    { id: 'know-it', kind: 'knowledge', text: { en: 'Know the test.', es: 'Conocer la prueba.' } },
  ],
  teams: [
    {
      id: 'capital-a',
      name: { en: 'Capital A', es: 'Capital A' },
      role: { en: 'Leads.', es: 'Dirige.' },
    },
  ],
  moves: 3,
  hasPracticeMove: true,
  formats: [
    {
      id: 'whole',
      name: { en: 'The whole crisis', es: 'La crisis entera' },
      description: { en: 'The practice move and three moves.', es: 'La práctica y tres jugadas.' },
      minutes: 90,
      moves: [0, 1, 2, 3],
      decisionMode: 'sequential',
      // 10 + 4 × (10 + 5 × 1 + 0) + 20 = 90 for the one team.
      timing: {
        briefingMinutes: 10,
        deliberationMinutes: 10,
        decisionMinutes: 5,
        resultsMinutes: 0,
        hotwashMinutes: 20,
      },
      hasPracticeMove: true,
    },
    {
      id: 'short',
      name: { en: 'A short class', es: 'Una clase corta' },
      description: { en: 'Moves 1 and 3 at once.', es: 'Las jugadas 1 y 3 a la vez.' },
      minutes: 45,
      moves: [1, 3],
      decisionMode: 'simultaneous',
      // 5 + 2 × (8 + 4 + 2) + 12 = 45.
      timing: {
        briefingMinutes: 5,
        deliberationMinutes: 8,
        decisionMinutes: 4,
        resultsMinutes: 2,
        hotwashMinutes: 12,
      },
      hasPracticeMove: false,
    },
  ],
};
