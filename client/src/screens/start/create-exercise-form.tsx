import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateExerciseResponse, FormatSummary, ScenarioSummary } from '@borderline/shared';
import { CommandError } from '../../components/command-error';
import type { CommandFailure } from '../../exercise/use-command';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { FormatPicker } from './format-picker';
import { httpFailure } from './http-failure';
import { ScenarioCard } from './scenario-card';
import { TimingFields } from './timing-fields';
import { invalidTimingKeys, timingDraftOf, timingOf, type TimingDraft } from './timing-draft';
import { Glyph, WarningIcon } from '../../components/icons';

interface Choice {
  scenarioId: string;
  /** The chosen format's id; null for a scenario that lists none. */
  formatId: string | null;
  timing: TimingDraft;
  skipPractice: boolean;
}

/** A scenario (and one of its formats, the first by default) with the format's own times. */
function choiceOf(scenario: ScenarioSummary, format = scenario.formats[0]): Choice {
  return {
    scenarioId: scenario.id,
    formatId: format?.id ?? null,
    timing: timingDraftOf(format?.timing ?? scenario.timing),
    skipPractice: false,
  };
}

const hasPractice = (scenario: ScenarioSummary, format: FormatSummary | null) =>
  format === null ? scenario.hasPracticeMove : format.hasPracticeMove;

/**
 * Control's form: a scenario from the catalogue (the first one chosen to
 * begin with), one of its formats (its first to begin with), the length of
 * each phase (the chosen format's own, until changed), whether to skip the
 * practice move (for a format that has one). Creating takes Control's
 * seat in this browser (createExercise does) and hands the links up.
 */
export function CreateExerciseForm({
  scenarios,
  onCreated,
}: {
  scenarios: ScenarioSummary[];
  onCreated: (created: CreateExerciseResponse, scenario: ScenarioSummary) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [picked, setPicked] = useState<Choice | null>(null);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<CommandFailure | null>(null);
  const [blocked, setBlocked] = useState(false);

  const first = scenarios[0];
  const choice = picked ?? (first === undefined ? null : choiceOf(first));
  const scenario = scenarios.find((candidate) => candidate.id === choice?.scenarioId);
  const format =
    scenario?.formats.find((candidate) => candidate.id === choice?.formatId) ??
    scenario?.formats[0] ??
    null;
  const practice = scenario !== undefined && hasPractice(scenario, format);

  const change = (next: Choice) => {
    setPicked(next);
    setBlocked(false);
    setFailure(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (choice === null || scenario === undefined) return;
    const timing = timingOf(choice.timing);
    if (timing === null) {
      setBlocked(true);
      const firstInvalid = invalidTimingKeys(choice.timing)[0];
      form.current?.querySelector<HTMLInputElement>(`[name="${firstInvalid}"]`)?.focus();
      return;
    }
    setPending(true);
    setFailure(null);
    try {
      // Loaded on submit: exercise-http brings the shared client, and with it
      // socket.io, which must stay out of the first page's bundle.
      const { createExercise } = await import('../../connection/exercise-http');
      const created = await createExercise({
        scenarioId: scenario.id,
        settings: {
          ...(format === null ? {} : { format: format.id }),
          timing,
          skipPractice: practice && choice.skipPractice,
          language,
        },
      });
      setPending(false);
      onCreated(created, scenario);
    } catch (error) {
      setPending(false);
      setFailure(httpFailure(error));
    }
  };

  return (
    <form
      ref={form}
      className="create-exercise"
      data-testid="create-exercise"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`} className="create-title">
        {t('start.create.title')}
      </h2>
      <p>{t('start.create.hint')}</p>
      <h2 className="section-title">{t('catalogue.scenarios')}</h2>
      <div className="scenario-list">
        {scenarios.map((candidate) => {
          const chosen = candidate.id === choice?.scenarioId;
          return (
            <ScenarioCard key={candidate.id} scenario={candidate} chosen={chosen}>
              <label className="scenario-choice">
                <input
                  type="radio"
                  name="scenario"
                  value={candidate.id}
                  data-testid={`scenario-${candidate.id}`}
                  checked={chosen}
                  onChange={() => change(choiceOf(candidate))}
                  // The visible words first (WCAG 2.5.3), then which scenario.
                  aria-label={t('start.create.chooseNamed', {
                    title: localize(candidate.title, language),
                  })}
                />{' '}
                {t('start.create.choose')}
              </label>
            </ScenarioCard>
          );
        })}
      </div>
      {choice !== null && scenario !== undefined && (
        <div className="panel create-settings">
          {format !== null && (
            <FormatPicker
              formats={scenario.formats}
              chosen={format.id}
              onChoose={(next) => change(choiceOf(scenario, next))}
            />
          )}
          <TimingFields
            draft={choice.timing}
            format={format}
            teams={scenario.teams.length}
            skipPractice={practice && choice.skipPractice}
            onChange={(key, value) =>
              change({ ...choice, timing: { ...choice.timing, [key]: value } })
            }
            onReset={() => {
              if (format !== null) change({ ...choice, timing: timingDraftOf(format.timing) });
            }}
          />
          <fieldset>
            <legend>{t('start.create.options')}</legend>
            <label className="checkbox">
              <input
                type="checkbox"
                data-testid="skip-practice"
                checked={practice && choice.skipPractice}
                disabled={!practice}
                onChange={(event) => change({ ...choice, skipPractice: event.target.checked })}
                aria-describedby={`${id}-practice`}
              />{' '}
              {t('start.create.skipPractice')}
            </label>
            <p id={`${id}-practice`} className="field-hint">
              {practice
                ? t('start.create.skipPracticeHint')
                : format === null
                  ? t('start.create.noPractice')
                  : t('start.create.formatNoPractice', { format: localize(format.name, language) })}
            </p>
            <p className="field-hint">{t(`start.create.reportLanguage.${language}`)}</p>
          </fieldset>
          <button type="submit" data-testid="create-submit" disabled={pending}>
            {pending ? t('start.create.creating') : t('start.create.submit')}
          </button>
          {blocked && (
            <p role="alert" className="field-error">
              <Glyph icon={WarningIcon} />
              {t('start.create.fixErrors')}
            </p>
          )}
          <CommandError error={failure} />
        </div>
      )}
    </form>
  );
}
