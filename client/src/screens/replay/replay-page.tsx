import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ReplayTimelineResponse } from '@borderline/shared';
import { HttpError, type ReaderCredentials } from '@borderline/shared/http-client';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { useExerciseStore } from '../../state/exercise-store';
import { seatKey } from '../../state/session-slice';
import { ForkPanel } from './fork-panel';
import { SecretsPanel } from './secrets-panel';
import { jump, jumpForKey, stepFromSearch } from './replay-navigation';
import { ReplayWorld } from './replay-world';
import { StepControls } from './step-controls';
import { replayTeamName, stepWords } from './step-words';
import { useReplayTimeline, useReplayView } from './use-replay';
import '../hotwash/hotwash.css';
import './replay.css';
import { useRefusalText } from '../../components/use-refusal-text';

function NoSeat() {
  const { t } = useTranslation();
  return (
    <main id="content" className="gate">
      <h1>{t('replay.noSeat.title')}</h1>
      <p role="alert">{t('replay.noSeat.text')}</p>
      <p>
        <Link href="/">{t('replay.noSeat.toStart')}</Link>
      </p>
    </main>
  );
}

function ReplayFailed({
  exerciseId,
  player,
  error,
  retry,
}: {
  exerciseId: string;
  /** Whether a player (not Control) asked. */
  player: boolean;
  error: Error;
  retry: () => void;
}) {
  const { t } = useTranslation();
  const why = useRefusalText();
  const status = error instanceof HttpError ? error.status : 0;
  let text: string = t('replay.failed.other', { message: why(error) });
  if (status === 409) text = t('replay.failed.notEnded');
  else if (status === 401) text = t('replay.failed.unauthorized');
  else if (status === 403) text = t('replay.failed.forbidden', { message: why(error) });
  else if (status === 404) text = t('replay.failed.notFound');
  return (
    <main id="content" className="gate">
      <h1>{t('replay.failed.title')}</h1>
      <p role="alert">{text}</p>
      {status === 409 ? (
        <p>
          <Link href={player ? `/play/${exerciseId}` : `/control/${exerciseId}`}>
            {player ? t('replay.failed.toSeat') : t('replay.failed.toConsole')}
          </Link>
        </p>
      ) : (
        <button type="button" onClick={retry}>
          {t('replay.failed.retry')}
        </button>
      )}
    </main>
  );
}

/**
 * Where the reader starts: the step and point of view in the address, if
 * they are valid and the reader's; else the first step and the reader's own
 * point of view (the server lists it first).
 */
function startingPoint(timeline: ReplayTimelineResponse): { step: number; as: string } {
  const search = typeof location === 'undefined' ? '' : location.search;
  const as = new URLSearchParams(search).get('as');
  const own = timeline.perspectives[0] ?? 'observer';
  const step = stepFromSearch(search, timeline) ?? 0;
  return { step, as: as !== null && timeline.perspectives.includes(as) ? as : own };
}

/** Keys typed into a list or a text field are theirs, not the replay's. */
function ownsKeys(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && target.type !== 'range';
}

function ReplayScreen({
  exerciseId,
  credentials,
  timeline,
}: {
  exerciseId: string;
  credentials: ReaderCredentials;
  timeline: ReplayTimelineResponse;
}) {
  const { t } = useTranslation();
  const why = useRefusalText();
  const language = useLanguage();
  const [{ step, as }, setPoint] = useState(() => startingPoint(timeline));
  const shown = useReplayView(exerciseId, credentials, step, as);
  const player = credentials.role === 'player';
  const current = timeline.steps[step] ?? timeline.steps[0];

  // The address keeps the point, so a reload or a shared link comes back to it.
  useEffect(() => {
    const search = new URLSearchParams({ step: String(step), as }).toString();
    history.replaceState(history.state, '', `${location.pathname}?${search}`);
  }, [step, as]);

  // On the whole document, not the page's element: after a click on the page's
  // background the focus is on the body, and the keys must still step.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target !== null && ownsKeys(event.target)) return;
      const to = jumpForKey(event.key, event.shiftKey);
      if (to === null) return;
      event.preventDefault();
      setPoint((point) => ({ ...point, step: jump(timeline, point.step, to) }));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [timeline]);

  const who =
    as === 'control'
      ? t('replay.controls.control')
      : as === 'observer'
        ? t('replay.controls.observer')
        : replayTeamName(timeline, as, language);
  const time = current === undefined ? '' : new Date(current.at).toLocaleTimeString(language);
  return (
    <main id="content" className="replay">
      <h1>
        {t('replay.title')}: {localize(timeline.title, language)}
      </h1>
      <p className="replay-intro">
        {!player
          ? t('replay.intro')
          : timeline.secretsRevealed
            ? t('replay.introRevealed')
            : t('replay.introPlayer')}
      </p>
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
        <p role="alert">{t('replay.failed.other', { message: why(shown.error) })}</p>
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
      {credentials.role === 'facilitator' && (
        <>
          <SecretsPanel
            exerciseId={exerciseId}
            facilitatorKey={credentials.key}
            revealed={timeline.secretsRevealed}
          />
          <ForkPanel
            exerciseId={exerciseId}
            facilitatorKey={credentials.key}
            timeline={timeline}
            move={current?.move ?? 0}
          />
        </>
      )}
    </main>
  );
}

function Replay({
  exerciseId,
  credentials,
}: {
  exerciseId: string;
  credentials: ReaderCredentials;
}) {
  const { t } = useTranslation();
  const { timeline, error, retry } = useReplayTimeline(exerciseId, credentials);
  const player = credentials.role === 'player';
  if (error !== null) {
    return <ReplayFailed exerciseId={exerciseId} player={player} error={error} retry={retry} />;
  }
  if (timeline === null) {
    return (
      <main id="content">
        <p role="status">{t('replay.loading')}</p>
      </main>
    );
  }
  return <ReplayScreen exerciseId={exerciseId} credentials={credentials} timeline={timeline} />;
}

/**
 * `/replay/:exerciseId`: an ended exercise step by step, move by move and
 * phase by phase. Control (the facilitator key this browser holds) sees
 * through anybody's eyes, reveals the teams' secrets to the players or not,
 * and may fork a new exercise from any move; a player (the seat this
 * browser holds) sees through their own team's eyes or the public's, and
 * any team's once Control has revealed the secrets. The server decides
 * which points of view the reader has.
 */
export default function ReplayPage({ exerciseId }: { exerciseId: string }) {
  const key = useExerciseStore((state) => {
    const seat = state.session.saved[seatKey(exerciseId, 'facilitator')];
    return seat?.role === 'facilitator' ? seat.key : null;
  });
  const token = useExerciseStore((state) => {
    const seat = state.session.saved[seatKey(exerciseId, 'player')];
    return seat?.role === 'player' ? seat.token : null;
  });
  // One object per reader, so that the requests made for it are not made again at each render.
  const credentials = useMemo((): ReaderCredentials | null => {
    if (key !== null) return { role: 'facilitator', key };
    if (token !== null) return { role: 'player', token };
    return null;
  }, [key, token]);
  if (credentials === null) return <NoSeat />;
  const reader = credentials.role === 'facilitator' ? credentials.key : credentials.token;
  return (
    <Replay key={`${exerciseId}:${reader}`} exerciseId={exerciseId} credentials={credentials} />
  );
}
