import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useRoute } from 'wouter';
import { ConnectionBadge } from './components/connection-badge';
import { LanguageSelect } from './components/language-select';
import { NotFoundPage } from './not-found-page';
import { StartPage } from './screens/start/start-page';
import { seatPageOf } from './screens/materials/seat-page';

// Every screen but the first loads when opened: socket.io-client and the
// screens' code stay off the start page (issue 5: at most 250 KB gzipped).
const JoinPage = lazy(() => import('./screens/join/join-page'));
const PlayerPage = lazy(() => import('./screens/player-page'));
const ControlPage = lazy(() => import('./screens/control/control-page'));
const ProjectorPage = lazy(() => import('./screens/projector/projector-page'));
const ReportPage = lazy(() => import('./screens/report/report-page'));
const ReplayPage = lazy(() => import('./screens/replay/replay-page'));

/** Routes with an exercise socket show its state in the masthead. */
const EXERCISE_ROUTES = /^\/(play|control)\//;

/**
 * The room's projector fills the screen: no masthead, no language menu (it
 * speaks the language of the facilitator's browser it is opened from).
 */
const PROJECTOR_ROUTE = /^\/screen\//;

/** The site's header: the name, the tagline, the connection on exercise screens, the language. */
function Masthead() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#content">
        {t('common.skipToContent')}
      </a>
      <header className="masthead">
        <div>
          <p className="brand">
            <Link href="/" aria-label={t('common.home')}>
              Borderline
            </Link>
          </p>
          <p className="tagline">{t('tagline')}</p>
        </div>
        <div className="masthead-tools">
          <Route path={EXERCISE_ROUTES}>
            <ConnectionBadge />
          </Route>
          <LanguageSelect />
        </div>
      </header>
    </>
  );
}

export function App() {
  const { t } = useTranslation();
  const [projecting] = useRoute(PROJECTOR_ROUTE);
  return (
    <>
      {!projecting && <Masthead />}
      <Suspense
        fallback={
          <main id="content">
            <p role="status">{t('common.loadingScreen')}</p>
          </main>
        }
      >
        <Switch>
          <Route path="/" component={StartPage} />
          <Route path="/join/:code">{(params) => <JoinPage code={params.code} />}</Route>
          <Route path="/join">{() => <JoinPage code="" />}</Route>
          {/* One route per seat, its materials included, so that the seat's socket stays open. */}
          <Route path="/play/:exerciseId/:page?">
            {(params) => (
              <PlayerPage exerciseId={params.exerciseId} page={seatPageOf(params.page)} />
            )}
          </Route>
          <Route path="/control/:exerciseId/:page?">
            {(params) => (
              <ControlPage exerciseId={params.exerciseId} page={seatPageOf(params.page)} />
            )}
          </Route>
          <Route path="/screen/:exerciseId">
            {(params) => <ProjectorPage exerciseId={params.exerciseId} />}
          </Route>
          <Route path="/report/:exerciseId">
            {(params) => <ReportPage exerciseId={params.exerciseId} />}
          </Route>
          <Route path="/replay/:exerciseId">
            {(params) => <ReplayPage exerciseId={params.exerciseId} />}
          </Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </>
  );
}
