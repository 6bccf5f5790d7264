import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ReplayTimelineResponse } from '@borderline/shared';
import { HttpError } from '@borderline/shared/http-client';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { useExerciseStore } from '../../state/exercise-store';
import { seatKey } from '../../state/session-slice';
import { ForkPanel } from './fork-panel';
import { jump, jumpForKey, stepFromSearch } from './replay-navigation';
import { ReplayWorld } from './replay-world';
import { StepControls } from './step-controls';
import { replayTeamName, stepWords } from './step-words';
import { useReplayTimeline, useReplayView } from './use-replay';
import '../hotwash/hotwash.css';
import './replay.css';

function NoFacilitatorKey() {
  const { t } = useTranslation();
  return (
    <main id="content" className="gate">
      <h1>{t('replay.noKey.title')}</h1>
      <p role="alert">{t('replay.noKey.text')}</p>
      <p>
        <Link href="/">{t('replay.noKey.toStart')}</Link>
      </p>
    </main>
  );
}

function ReplayFailed({
  exerciseId,
  error,
  retry,
}: {
  exerciseId: string;
  error: Error;
  retry: () => void;
}) {
  const { t } = useTranslation();
  const status = error instanceof HttpError ? error.status : 0;
  let text: string = t('replay.failed.other', { message: error.message });
  if (status === 409) text = t('replay.failed.notEnded');
  else if (status === 401) text = t('replay.failed.unauthorized');
  else if (status === 404) text = t('replay.failed.notFound');
  return (
    <main id="content" className="gate">
      <h1>{t('replay.failed.title')}</h1>
      <p role="alert">{text}</p>
      {status === 409 ? (
        <p>
          <Link href={`/control/${exerciseId}`}>{t('replay.failed.toConsole')}</Link>
        </p>
      ) : (
        <button type="button" onClick={retry}>
          {t('replay.failed.retry')}
        </button>
      )}
    </main>
  );
}

/** Where the reader starts: the step and point of view in the address, if they are valid. */
function startingPoint(timeline: ReplayTimelineResponse): { step: number; as: string } {
  const search = typeof location === 'undefined' ? '' : location.search;
  const as = new URLSearchParams(search).get('as') ?? 'control';
  const known = ['control', 'observer', ...timeline.teams.map((team) => team.id)];
  return { step: stepFromSearch(search, timeline) ?? 0, as: known.includes(as) ? as : 'control' };
}

/** Keys typed into a list or a text field are theirs, not the replay's. */
function ownsKeys(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && target.type !== 'range';
}

function ReplayScreen({
  exerciseId,
  facilitatorKey,
  timeline,
}: {
  exerciseId: string;
  facilitatorKey: string;
  timeline: ReplayTimelineResponse;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [{ step, as }, setPoint] = useState(() => startingPoint(timeline));
  const shown = useReplayView(exerciseId, facilitatorKey, step, as);
  const current = timeline.steps[step] ?? timeline.steps[0];

  // The address keeps the point, so a reload or a shared link comes back to it.
  useEffect(() => {
    const search = new URLSearchParams({ step: String(step), as }).toString();
    history.replaceState(history.state, '', `${location.pathname}?${search}`);
  }, [step, as]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || ownsKeys(event.target)) return;
    const to = jumpForKey(event.key, event.shiftKey);
    if (to === null) return;
    event.preventDefault();
    setPoint((point) => ({ ...point, step: jump(timeline, point.step, to) }));
  };

  const who =
    as === 'control'
      ? t('replay.controls.control')
      : as === 'observer'
        ? t('replay.controls.observer')
        : replayTeamName(timeline, as, language);
  const time = current === undefined ? '' : new Date(current.at).toLocaleTimeString(language);
  return (
    <main id="content" className="replay" onKeyDown={onKeyDown}>
      <h1>
        {t('replay.title')}: {localize(timeline.title, language)}
      </h1>
      <p className="replay-intro">{t('replay.intro')}</p>
      {timeline.forkedFrom !== null && (
        <p className="replay-origin">
          {t('replay.forkedFrom', { move: timeline.forkedFrom.move })}{' '}
          <a href={`/replay/${encodeURIComponent(timeline.forkedFrom.exerciseId)}`}>
            {t('replay.toOriginal')}
          </a>
        </p>
      )}
      <StepControls
        timeline={timeline}
        step={step}
        as={as}
        onStep={(next) => setPoint((point) => ({ ...point, step: next }))}
        onPerspective={(next) => setPoint((point) => ({ ...point, as: next }))}
      />
      {current !== undefined && (
        <p className="replay-caption" aria-live="polite" data-testid="replay-caption">
          <strong>
            {t('replay.step.caption', {
              step: current.index,
              what: stepWords(current, timeline, t, language),
            })}
          </strong>{' '}
          <span className="replay-time">{t('replay.step.at', { time })}</span> ·{' '}
          <span>{t('replay.world.seenAs', { who })}</span>
        </p>
      )}
      {shown.error !== null && (
        <p role="alert">{t('replay.failed.other', { message: shown.error.message })}</p>
      )}
      {!shown.current && shown.error === null && (
        <p role="status" className="replay-loading">
          {t('replay.loadingStep')}
        </p>
      )}
      {shown.view !== null && (
        <div aria-busy={!shown.current}>
          <ReplayWorld view={shown.view} />
        </div>
      )}
      <ForkPanel
        exerciseId={exerciseId}
        facilitatorKey={facilitatorKey}
        timeline={timeline}
        move={current?.move ?? 0}
      />
    </main>
  );
}

function Replay({ exerciseId, facilitatorKey }: { exerciseId: string; facilitatorKey: string }) {
  const { t } = useTranslation();
  const { timeline, error, retry } = useReplayTimeline(exerciseId, facilitatorKey);
  if (error !== null) return <ReplayFailed exerciseId={exerciseId} error={error} retry={retry} />;
  if (timeline === null) {
    return (
      <main id="content">
        <p role="status">{t('replay.loading')}</p>
      </main>
    );
  }
  return (
    <ReplayScreen exerciseId={exerciseId} facilitatorKey={facilitatorKey} timeline={timeline} />
  );
}

/**
 * `/replay/:exerciseId`: the facilitator steps through an ended exercise
 * move by move and phase by phase, through anybody's eyes, and may fork a
 * new exercise from any move. Needs the facilitator key this browser holds.
 */
export default function ReplayPage({ exerciseId }: { exerciseId: string }) {
  const key = useExerciseStore((state) => {
    const seat = state.session.saved[seatKey(exerciseId, 'facilitator')];
    return seat?.role === 'facilitator' ? seat.key : null;
  });
  if (key === null) return <NoFacilitatorKey />;
  return <Replay key={`${exerciseId}:${key}`} exerciseId={exerciseId} facilitatorKey={key} />;
}
