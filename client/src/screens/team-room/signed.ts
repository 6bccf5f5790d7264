/** "+10", "−5" (a true minus sign, which screen readers say as "minus"). */
export function signed(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `\u2212${-value}`;
  return '±0';
}

/** A percentage kept within 0..100, as the engine clamps odds. */
export function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}
