import { Timing } from '@borderline/shared';
import { z } from 'zod';
import { serviceError } from './service-error';

/** What a facilitator chooses when creating an exercise. */
export interface CreateSettings {
  /** The scenario's format to play; its first one when absent. */
  format?: string | undefined;
  skipPractice?: boolean | undefined;
  /** Phase lengths in minutes; the scenario's defaults fill the rest. */
  timing?: Partial<Timing> | undefined;
  /** A 32-bit seed; drawn at random unless given (a given seed replays an exercise). */
  seed?: number | undefined;
}

/** The settings kept in the exercise record (the seed has its own column). */
export interface ExerciseSettings {
  /** Absent in exercises created before formats existed: they play every move. */
  format?: string | undefined;
  skipPractice: boolean;
  timing: Partial<Timing>;
}

const StoredSettings = z.object({
  format: z.string().optional(),
  skipPractice: z.boolean(),
  timing: Timing.partial(),
});

const Seed = z.number().int().min(-0x8000_0000).max(0xffff_ffff);

export function validateSettings(
  settings: CreateSettings,
  formats: readonly string[] = [],
): ExerciseSettings & { seed?: number } {
  if (settings.format !== undefined && !formats.includes(settings.format)) {
    throw serviceError(
      'invalid-settings',
      `This scenario has no format "${settings.format}"; it has: ${formats.join(', ') || 'none'}.`,
    );
  }
  const timing = Timing.partial().safeParse(settings.timing ?? {});
  if (!timing.success) {
    const problems = timing.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw serviceError('invalid-settings', `Invalid timing: ${problems.join('; ')}.`);
  }
  if (settings.seed !== undefined && !Seed.safeParse(settings.seed).success) {
    throw serviceError('invalid-settings', 'The seed must be a whole 32-bit number.');
  }
  const validated: ExerciseSettings & { seed?: number } = {
    skipPractice: settings.skipPractice ?? false,
    timing: timing.data,
  };
  if (settings.format !== undefined) validated.format = settings.format;
  if (settings.seed !== undefined) validated.seed = settings.seed;
  return validated;
}

export function readSettings(exerciseId: string, stored: unknown): ExerciseSettings {
  const parsed = StoredSettings.safeParse(stored);
  if (!parsed.success) throw new Error(`Exercise ${exerciseId} has unreadable settings.`);
  return parsed.data;
}
