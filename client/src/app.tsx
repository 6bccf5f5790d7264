import { useTranslation } from 'react-i18next';
import { LanguageSelect } from './components/language-select';
import { ScenarioCard } from './scenario-card';
import { useScenarios } from './use-scenarios';

export function App() {
  const { t } = useTranslation();
  const load = useScenarios();

  return (
    <>
      <header className="masthead">
        <div>
          <h1>Borderline</h1>
          <p>{t('tagline')}</p>
        </div>
        <LanguageSelect />
      </header>
      <main>
        <h2 className="section-title">{t('catalogue.scenarios')}</h2>
        {load.status === 'loading' && <p role="status">{t('catalogue.loading')}</p>}
        {load.status === 'failed' && (
          <p role="alert">{t('catalogue.failed', { message: load.message })}</p>
        )}
        {load.status === 'loaded' && load.scenarios.length === 0 && <p>{t('catalogue.none')}</p>}
        {load.status === 'loaded' &&
          load.scenarios.map((scenario) => <ScenarioCard key={scenario.id} scenario={scenario} />)}
      </main>
    </>
  );
}
