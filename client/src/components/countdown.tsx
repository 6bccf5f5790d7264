import { useTranslation } from 'react-i18next';
import type { TimerView } from '@borderline/shared';
import { useNow } from '../exercise/use-now';
import { useServerOffset } from '../exercise/use-view';

/** Milliseconds left on a timer at the browser time `now`, corrected by the server's clock. */
export function remainingMs(timer: TimerView, now: number, serverOffset: number): number | null {
  if (timer.status === 'paused') return timer.remainingMs;
  if (timer.deadline === null) return timer.remainingMs;
  return Math.max(0, timer.deadline - (now + serverOffset));
}

/** "m:ss", or "h:mm:ss" past an hour. */
export function formatDuration(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/**
 * The phase's deadline counting down. The visible figure ticks every second;
 * screen readers get it as a timer (not announced every second).
 */
export function Countdown({ timer, className }: { timer: TimerView | null; className?: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const offset = useServerOffset();
  const left = timer === null ? null : remainingMs(timer, now, offset);
  let text: string;
  if (timer === null || left === null) text = t('common.clock.none');
  else if (timer.status === 'paused')
    text = t('common.clock.paused', { time: formatDuration(left) });
  else if (left === 0) text = t('common.clock.overdue');
  else text = formatDuration(left);
  const urgent = timer?.status === 'running' && left !== null && left < 60_000;
  return (
    <span
      role="timer"
      aria-label={t('common.clock.label')}
      className={`countdown${urgent ? ' countdown-urgent' : ''}${className ? ` ${className}` : ''}`}
      data-testid="countdown"
    >
      {text}
    </span>
  );
}
