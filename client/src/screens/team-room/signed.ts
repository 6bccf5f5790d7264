/** "+10", "−5" (a true minus sign, which screen readers say as "minus"). */
export function signed(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `\u2212${-value}`;
  return '±0';
}
