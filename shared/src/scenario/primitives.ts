import { z } from 'zod';

/** Stable ids in kebab-case: they never change once published. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "joint-operations"');
export type Id = z.infer<typeof Id>;

export const LANGUAGES = ['en', 'es'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

const Text = z.string().trim().min(1, 'expected non-empty text');

/**
 * Player-facing text. English is complete; Spanish may be filled progressively
 * (the checker says where it is still missing).
 */
export const LocalizedText = z.strictObject({ en: Text, es: Text.optional() });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const Percent = z.number().int().min(0).max(100);
