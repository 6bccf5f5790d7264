import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { ExerciseStatusBar } from '../../components/exercise-status-bar';
import { InjectCardView } from '../../components/inject-card';
import { useGaugeMarks } from '../../components/gauge-marks';
import { TrackGauges } from '../../components/track-gauges';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { ActionResultEntry } from '../hotwash/action-result-entry';
import { MoveTimeline, moveHasHistory } from '../hotwash/move-timeline';
import { useNames } from '../../exercise/view-names';

/** Control's proposed results, before they were published. */
function UnderReview({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const review = view.control?.review;
  if (review === null || review === undefined) return null;
  return (
    <section className="panel replay-review" aria-labelledby="replay-review-title">
      <h2 id="replay-review-title">{t('replay.world.underReview')}</h2>
      <ul className="debrief-list">
        {review.results.map((result) => (
          <ActionResultEntry key={result.id} view={view} result={result} />
        ))}
      </ul>
    </section>
  );
}

/** The injects the reader had by then: this move's whole, earlier ones behind a disclosure. */
function ReleasedInjects({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const { move } = view.exercise;
  const now = view.injects.filter((inject) => inject.release.move === move).reverse();
  const before = view.injects.filter((inject) => inject.release.move !== move).reverse();
  const card = (inject: ExerciseView['injects'][number]) => (
    <li key={inject.id}>
      <InjectCardView inject={inject} teams={view.scenario.teams} />
    </li>
  );
  return (
    <section className="panel replay-injects" aria-labelledby="replay-injects-title">
      <h2 id="replay-injects-title">{t('replay.world.injects')}</h2>
      {view.injects.length === 0 && <p>{t('replay.world.noInjects')}</p>}
      {now.length > 0 && (
        <>
          <h3>{t('replay.world.injectsThisMove')}</h3>
          <ul className="replay-cards">{now.map(card)}</ul>
        </>
      )}
      {before.length > 0 && (
        <details>
          <summary>{t('replay.world.earlierInjects', { count: before.length })}</summary>
          <ul className="replay-cards">{before.map(card)}</ul>
        </details>
      )}
    </section>
  );
}

/** The drafts then in play (the reader's own team's; Control sees every team's) and the chat said so far. */
function TalkSoFar({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useNames(view);
  const channelName = (key: string) => {
    const channel = view.channels.find((candidate) => candidate.key === key);
    return channel === undefined ? key : localize(channel.name, language);
  };
  return (
    <>
      {view.drafts.length > 0 && (
        <section className="panel replay-drafts" aria-labelledby="replay-drafts-title">
          <h2 id="replay-drafts-title">{t('replay.world.drafts')}</h2>
          <ul>
            {view.drafts.map((draft) => (
              <li key={draft.team}>
                {t('replay.world.draftBy', {
                  team: names.team(draft.team),
                  kind: t(`replay.world.draftKind.${draft.draft.kind}`),
                })}
                {draft.draft.rationale !== undefined && draft.draft.rationale !== '' && (
                  <p className="replay-draft-text">{draft.draft.rationale}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <details className="panel replay-chat">
        <summary>{t('replay.world.chat', { count: view.chat.length })}</summary>
        {view.chat.length === 0 ? (
          <p>{t('replay.world.noChat')}</p>
        ) : (
          <ol className="chat-messages">
            {view.chat.map((message) => (
              <li key={message.id}>
                <span className="chat-sender">{message.senderName}</span>{' '}
                <span className="replay-channel">({channelName(message.channel)})</span>
                <p>{message.text}</p>
              </li>
            ))}
          </ol>
        )}
      </details>
    </>
  );
}

/**
 * The world at one step, as the view's recipient saw it then: where the
 * exercise stood, the tracks, this move so far (injects, decisions, results,
 * narrative), what Control was reviewing, the cards released, the drafts and
 * chat, and the earlier moves.
 */
export function ReplayWorld({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const marks = useGaugeMarks(view);
  const language = useLanguage();
  const { move } = view.exercise;
  const earlier = [...new Set(view.scenario.moves.map((m) => m.number))]
    .filter((number) => number < move && moveHasHistory(view, number))
    .sort((a, b) => a - b);
  // A replayed clock does not tick: the status shows no countdown.
  const still = { ...view, exercise: { ...view.exercise, timer: null } };
  return (
    <div className="replay-world" data-phase={view.exercise.phase} data-move={move}>
      <ExerciseStatusBar view={still} />
      <TrackGauges
        tracks={view.scenario.tracks}
        current={view.tracks.current}
        history={view.tracks.history}
        marks={marks}
      />
      {view.ending !== null && view.ending.title !== null && (
        <section className="panel replay-ending" aria-labelledby="replay-ending-title">
          <h2 id="replay-ending-title">
            {t('replay.world.ending')}: {localize(view.ending.title, language)}
          </h2>
          {view.ending.text !== null && <p>{localize(view.ending.text, language)}</p>}
        </section>
      )}
      {moveHasHistory(view, move) && (
        <section className="panel" aria-labelledby="replay-move-title">
          <h2 id="replay-move-title">{t('replay.world.thisMove')}</h2>
          <ol className="debrief-timeline">
            <MoveTimeline view={view} move={move} />
          </ol>
        </section>
      )}
      <UnderReview view={view} />
      <ReleasedInjects view={view} />
      <TalkSoFar view={view} />
      {earlier.length > 0 && (
        <details className="panel replay-earlier">
          <summary>{t('replay.world.earlierMoves')}</summary>
          <ol className="debrief-timeline">
            {earlier.map((number) => (
              <MoveTimeline key={number} view={view} move={number} />
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
