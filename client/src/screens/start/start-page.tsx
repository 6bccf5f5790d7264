import { useTranslation } from 'react-i18next';
import { ScenarioCard } from './scenario-card';
import { useScenarios } from './use-scenarios';

/** The first page: the scenario catalogue (creating and joining come next). */
export function StartPage() {
  const { t } = useTranslation();
  const load = useScenarios();
  return (
    <main id="content">
      <h2 className="section-title">{t('catalogue.scenarios')}</h2>
      {load.status === 'loading' && <p role="status">{t('catalogue.loading')}</p>}
      {load.status === 'failed' && (
        <p role="alert">{t('catalogue.failed', { message: load.message })}</p>
      )}
      {load.status === 'loaded' && load.scenarios.length === 0 && <p>{t('catalogue.none')}</p>}
      {load.status === 'loaded' &&
        load.scenarios.map((scenario) => <ScenarioCard key={scenario.id} scenario={scenario} />)}
    </main>
  );
}
