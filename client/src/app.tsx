import { useState } from 'react';
import type { Language } from '@borderline/shared';
import { readStoredLanguage, storeLanguage } from './localize';
import { ScenarioCard } from './scenario-card';
import { ui } from './ui-text';
import { useScenarios } from './use-scenarios';

export function App() {
  const [language, setLanguage] = useState<Language>(readStoredLanguage);
  const load = useScenarios();
  const t = ui[language];

  const chooseLanguage = (next: Language) => {
    setLanguage(next);
    storeLanguage(next);
    document.documentElement.lang = next;
  };

  return (
    <>
      <header className="masthead">
        <div>
          <h1>Borderline</h1>
          <p>{t.tagline}</p>
        </div>
        <label className="language">
          {t.language}{' '}
          <select
            value={language}
            onChange={(event) => chooseLanguage(event.target.value as Language)}
          >
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
        </label>
      </header>
      <main>
        <h2 className="section-title">{t.scenarios}</h2>
        {load.status === 'loading' && <p role="status">{t.loading}</p>}
        {load.status === 'failed' && <p role="alert">{t.failed(load.message)}</p>}
        {load.status === 'loaded' && load.scenarios.length === 0 && <p>{t.none}</p>}
        {load.status === 'loaded' &&
          load.scenarios.map((scenario) => (
            <ScenarioCard key={scenario.id} scenario={scenario} language={language} />
          ))}
      </main>
    </>
  );
}
