import { useTranslation } from 'react-i18next';
import type { AdjudicationView, ExerciseView, Track } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';
import { localize } from '../../../i18n/localize';
import { TrackChangeList } from '../track-words';
import { ActionResultItem } from './action-result-item';
import { EndingNote } from './ending-note';
import { ReleasedInjects } from './released-injects';

/** The tracks that moved between two snapshots, as changes. */
function netChanges(tracks: Track[], adjudication: AdjudicationView) {
  return tracks.flatMap((track) => {
    const from = adjudication.tracksBefore[track.id];
    const to = adjudication.tracksAfter[track.id];
    return from === undefined || to === undefined || from === to
      ? []
      : [{ track: track.id, from, to, clamped: false }];
  });
}

/** One move's adjudication explained: Control's account, each action, what it set off, how the world moved, the ending. */
export function MoveResults({
  view,
  adjudication,
  ownTeam,
  names,
}: {
  view: ExerciseView;
  adjudication: AdjudicationView;
  ownTeam: string | null;
  names: Names;
}) {
  const { t } = useTranslation();
  const narrative = view.narrative.filter((entry) => entry.move === adjudication.move);
  const played = view.decisions.flatMap((decision) => decision.actions);
  const net = netChanges(view.scenario.tracks, adjudication);
  return (
    <div className="tr-move-results" data-move={adjudication.move}>
      {narrative.length > 0 && (
        <div className="tr-narrative">
          <h4>{t('team.results.narrative')}</h4>
          {narrative.map((entry, index) => (
            <p key={index}>{entry.text}</p>
          ))}
        </div>
      )}
      {net.length > 0 && (
        <div className="tr-net">
          <h4>{t('team.results.net')}</h4>
          <TrackChangeList changes={net} names={names} />
        </div>
      )}
      <h4>{t('team.results.actions')}</h4>
      {adjudication.results.length === 0 ? (
        <p className="tr-hint">{t('team.results.noActions')}</p>
      ) : (
        <ol className="tr-result-list">
          {adjudication.results.map((result) => (
            <ActionResultItem
              key={result.id}
              result={result}
              played={played.find((action) => action.id === result.id)}
              ownTeam={ownTeam}
              names={names}
            />
          ))}
        </ol>
      )}
      {/* In the order the adjudication ran: actions, the injects they set off, the world's own moves, Control's overrides. */}
      <ReleasedInjects injects={adjudication.injects} names={names} />
      {adjudication.dynamics.length > 0 && (
        <div className="tr-overrides">
          <h4>{t('team.results.dynamics')}</h4>
          <ul>
            {adjudication.dynamics.map((entry) => (
              <li key={entry.dynamic}>
                {localize(entry.text, names.language)}
                <TrackChangeList changes={entry.changes} names={names} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {adjudication.overrideChanges.length > 0 && (
        <div className="tr-overrides">
          <h4>{t('team.results.overrides')}</h4>
          <ul>
            {adjudication.overrideChanges.map((change, index) => (
              <li key={index}>
                {t('team.results.overrideChange', {
                  track: names.track(change.track),
                  from: change.from,
                  to: change.to,
                  reason: change.reason,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {adjudication.ending !== null && (
        <EndingNote check={adjudication.ending} ending={view.ending} names={names} />
      )}
    </div>
  );
}
