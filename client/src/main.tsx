import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { takeFacilitatorKeyFromUrl } from './exercise/facilitator-key-from-url';
import { initI18n } from './i18n/init-i18n';
import './styles.css';

takeFacilitatorKeyFromUrl();
initI18n();

const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
