import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateExerciseResponse, ScenarioSummary } from '@borderline/shared';
import { CreateExerciseForm } from './create-exercise-form';
import { JoinCodeBox } from './join-code-box';
import { useScenarios } from './use-scenarios';
import './form-fields.css';
import './start-page.css';

// The panel shown after creating brings the QR library: it loads only then,
// so the first page stays small (issue 5: at most 250 KB gzipped).
const CreatedPanel = lazy(() => import('./created-panel'));

interface Created {
  created: CreateExerciseResponse;
  scenario: ScenarioSummary;
}

/**
 * The first page: join an exercise by its code (players), or create one
 * from the scenario catalogue (Control), then show its code, links and QR.
 */
export function StartPage() {
  const { t } = useTranslation();
  const load = useScenarios();
  const [created, setCreated] = useState<Created | null>(null);

  return (
    <main id="content" className="start-page">
      <h1 className="start-title">{t('start.title')}</h1>
      <JoinCodeBox />
      {created !== null ? (
        <Suspense fallback={<p role="status">{t('start.created.loading')}</p>}>
          <CreatedPanel
            created={created.created}
            scenario={created.scenario}
            onAnother={() => setCreated(null)}
          />
        </Suspense>
      ) : (
        <>
          {load.status === 'loading' && <p role="status">{t('catalogue.loading')}</p>}
          {load.status === 'failed' && (
            <p role="alert">{t('catalogue.failed', { message: load.message })}</p>
          )}
          {load.status === 'loaded' && load.scenarios.length === 0 && <p>{t('catalogue.none')}</p>}
          {load.status === 'loaded' && load.scenarios.length > 0 && (
            <CreateExerciseForm
              scenarios={load.scenarios}
              onCreated={(response, scenario) => setCreated({ created: response, scenario })}
            />
          )}
        </>
      )}
    </main>
  );
}
