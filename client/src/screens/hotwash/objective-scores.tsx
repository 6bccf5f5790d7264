import { useTranslation } from 'react-i18next';
import type { ExerciseView, ObjectiveScore, TeamScore } from '@borderline/shared';
import { ConditionTraceText as Why } from '../../components/condition-trace';
import { useNames } from '../../exercise/view-names';
import { Glyph, NoIcon, YesIcon } from '../../components/icons';

function ObjectiveLine({
  view,
  team,
  score,
}: {
  view: ExerciseView;
  team: string;
  score: ObjectiveScore;
}) {
  const { t } = useTranslation();
  const names = useNames(view);
  return (
    <li
      className={`debrief-objective ${score.met ? 'debrief-met' : 'debrief-missed'}`}
      data-objective={score.objective}
      data-met={score.met}
    >
      <p>
        <span className="debrief-verdict">
          <Glyph icon={score.met ? YesIcon : NoIcon} />
          {score.met ? t('hotwash.scores.met') : t('hotwash.scores.missed')}
        </span>{' '}
        {names.objective(team, score.objective)}{' '}
        <span className="tag">
          {score.visibility === 'secret' ? t('hotwash.scores.secret') : t('hotwash.scores.public')}
        </span>{' '}
        <span className="debrief-note">{t('hotwash.scores.weight', { count: score.weight })}</span>
      </p>
      <div className="debrief-why">
        <span className="debrief-label">{t('hotwash.scores.why')}</span>{' '}
        <Why trace={score.why} names={names} />
      </div>
    </li>
  );
}

function TeamScoreCard({ view, score }: { view: ExerciseView; score: TeamScore }) {
  const { t } = useTranslation();
  const names = useNames(view);
  const own = view.recipient.kind === 'team' && view.recipient.team === score.team;
  return (
    <li className="debrief-team-score" data-team={score.team}>
      <h4>
        {names.team(score.team)}
        {own && <span className="tag">{t('hotwash.timeline.yourTeam')}</span>}
      </h4>
      <p className="debrief-points">
        {t('hotwash.scores.points', {
          earned: score.earned,
          possible: score.possible,
          percent: Math.round(score.score * 100),
        })}
      </p>
      <ul className="debrief-list">
        {score.objectives.map((objective) => (
          <ObjectiveLine
            key={objective.objective}
            view={view}
            team={score.team}
            score={objective}
          />
        ))}
      </ul>
    </li>
  );
}

/** Every team's objectives, met or missed and why, with the points they earned. */
export function ObjectiveScores({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  if (view.scores === null) {
    return (
      <p data-testid="scores" className="debrief-note">
        {t('hotwash.scores.none')}
      </p>
    );
  }
  return (
    <ul className="debrief-scores" data-testid="scores" aria-label={t('hotwash.scores.title')}>
      {view.scores.map((score) => (
        <TeamScoreCard key={score.team} view={view} score={score} />
      ))}
    </ul>
  );
}
