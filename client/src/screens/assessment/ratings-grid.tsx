import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView, Rubric, TeamRating } from '@borderline/shared';
import { CommandError } from '../../components/command-error';
import { useCommand } from '../../exercise/use-command';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { GradesDownload } from './grades-download';
import { NoteEditor } from './note-editor';
import './assessment.css';

interface Cell {
  team: string;
  objective: string;
}

function ratingOf(ratings: readonly TeamRating[], cell: Cell): TeamRating | undefined {
  return ratings.find((rating) => rating.team === cell.team && rating.objective === cell.objective);
}

/**
 * Control's assessment: every team rated on every learning objective, one
 * compact grid (objectives down, teams across), each cell a choice of the
 * objective's rubric levels by name and a note on demand; the rubric's
 * descriptions under each objective when asked for. Ratings are Control's
 * alone: the server sends them to no player.
 */
export function RatingsGrid({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const command = useCommand();
  const [noteOf, setNoteOf] = useState<Cell | null>(null);
  const control = view.control;
  if (control === null) return null;
  const { ratings, rubrics } = control;
  const teams = view.scenario.teams;
  const rubricOf = (objective: string): Rubric | undefined =>
    rubrics.find((rubric) => rubric.objective === objective);

  const rate = (cell: Cell, level: string | null, note: string | null) =>
    command.send({
      type: 'assessment.rateTeam',
      ...cell,
      level,
      ...(note === null ? {} : { note }),
    });

  const editing = noteOf === null ? undefined : ratingOf(ratings, noteOf);
  // A team only bots play has no learners to rate (the server refuses it too).
  const byBots = (team: string) => view.seats[team] === 'bot';
  const rated = ratings.filter((rating) => rating.level !== null && !byBots(rating.team)).length;
  const total =
    teams.filter((team) => !byBots(team.id)).length * view.scenario.learningObjectives.length;

  return (
    <section className="panel ratings" data-testid="ratings" aria-labelledby="ratings-title">
      <h2 id="ratings-title">{t('assessment.title')}</h2>
      <p className="ratings-intro">{t('assessment.intro', { rated, total })}</p>
      <div className="ratings-scroll">
        <table className="ratings-grid">
          <thead>
            <tr>
              <th scope="col">{t('assessment.objective')}</th>
              {teams.map((team) => (
                <th key={team.id} scope="col">
                  {localize(team.name, language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.scenario.learningObjectives.map((objective, o) => {
              const rubric = rubricOf(objective.id);
              const objectiveText = localize(objective.text, language);
              return (
                <tr key={objective.id} data-objective={objective.id}>
                  <th scope="row">
                    <span className="ratings-objective" title={objectiveText}>
                      <span className="tag">{o + 1}</span> {objectiveText}
                    </span>
                    {rubric !== undefined && (
                      <details className="ratings-rubric">
                        <summary>{t('assessment.rubric')}</summary>
                        <dl>
                          {rubric.levels.map((level) => (
                            <div key={level.id}>
                              <dt>
                                {level.rank}. {localize(level.name, language)}
                              </dt>
                              <dd>{localize(level.description, language)}</dd>
                            </div>
                          ))}
                        </dl>
                      </details>
                    )}
                  </th>
                  {teams.map((team) => {
                    const cell = { team: team.id, objective: objective.id };
                    const rating = ratingOf(ratings, cell);
                    const teamName = localize(team.name, language);
                    const open = noteOf?.team === team.id && noteOf.objective === objective.id;
                    if (byBots(team.id))
                      return (
                        <td key={team.id} data-team={team.id} data-bots="true">
                          <span className="ratings-bots">{t('assessment.playedByBots')}</span>
                        </td>
                      );
                    return (
                      <td key={team.id} data-team={team.id} data-level={rating?.level ?? ''}>
                        <select
                          aria-label={t('assessment.levelFor', { team: teamName, number: o + 1 })}
                          data-testid={`rating-${team.id}-${objective.id}`}
                          value={rating?.level ?? ''}
                          disabled={command.pending || rubric === undefined}
                          onChange={(event) =>
                            void rate(cell, event.target.value || null, rating?.note ?? null)
                          }
                        >
                          <option value="">{t('assessment.notRated')}</option>
                          {rubric?.levels.map((level) => (
                            <option key={level.id} value={level.id}>
                              {level.rank}. {localize(level.name, language)}
                            </option>
                          ))}
                        </select>
                        <button
                          type="button"
                          className={`ratings-note-toggle ${rating?.note == null ? '' : 'has-note'}`}
                          aria-expanded={open}
                          aria-label={t(
                            rating?.note == null ? 'assessment.addNoteFor' : 'assessment.noteFor',
                            { team: teamName, number: o + 1 },
                          )}
                          onClick={() => setNoteOf(open ? null : cell)}
                        >
                          {rating?.note == null ? t('assessment.addNote') : t('assessment.note')}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {noteOf !== null && (
        <NoteEditor
          key={`${noteOf.team}/${noteOf.objective}`}
          heading={t('assessment.noteHeading', {
            team: localize(
              teams.find((team) => team.id === noteOf.team)?.name ?? { en: '' },
              language,
            ),
            number:
              view.scenario.learningObjectives.findIndex((o) => o.id === noteOf.objective) + 1,
          })}
          note={editing?.note ?? ''}
          pending={command.pending}
          onSave={async (note) => {
            if (await rate(noteOf, editing?.level ?? null, note)) setNoteOf(null);
          }}
          onCancel={() => setNoteOf(null)}
        />
      )}
      <CommandError error={command.error} />
      <GradesDownload exerciseId={view.exercise.id} />
    </section>
  );
}
