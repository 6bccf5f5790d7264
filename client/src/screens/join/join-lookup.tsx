import { useTranslation } from 'react-i18next';
import { CommandError } from '../../components/command-error';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { JoinCodeBox } from '../start/join-code-box';
import { useScenarios } from '../start/use-scenarios';
import { JoinForm } from './join-form';
import { SavedSeat } from './saved-seat';
import { useJoinInfo } from './use-join-info';
import { Glyph, InfoIcon, WarningIcon } from '../../components/icons';

/**
 * The exercise behind a code: its title and teams, whether it is locked or
 * under way, the seat this browser may already hold, and the form. The
 * scenario catalogue gives the title and team names in the reader's
 * language (the join answer has English only); until it arrives, English.
 */
export function JoinLookup({ code }: { code: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { load, reload } = useJoinInfo(code);
  const catalogue = useScenarios();

  if (load.status === 'loading') return <p role="status">{t('join.looking')}</p>;
  if (load.status === 'failed') {
    if (load.failure.code === 'not-found') {
      return (
        <>
          <p role="alert" className="join-problem">
            <Glyph icon={WarningIcon} />
            {t('join.notFound', { code })}
          </p>
          <JoinCodeBox initial={code} />
        </>
      );
    }
    return (
      <div className="panel">
        <p className="join-problem">
          <Glyph icon={WarningIcon} />
          {t('join.lookupFailed')}
        </p>
        <CommandError error={load.failure} />
        <button type="button" onClick={reload}>
          {t('join.retry')}
        </button>
      </div>
    );
  }

  const { info } = load;
  const scenario =
    catalogue.status === 'loaded'
      ? catalogue.scenarios.find((candidate) => candidate.id === info.scenarioId)
      : undefined;
  const title = scenario === undefined ? info.title : localize(scenario.title, language);
  return (
    <>
      <h2 className="join-exercise-title">{title}</h2>
      <p className="join-code-line">{t('join.code', { code })}</p>
      {info.started && !info.locked && (
        <p className="join-notice">
          <Glyph icon={InfoIcon} />
          {t('join.started')}
        </p>
      )}
      <SavedSeat exerciseId={info.exerciseId} />
      {info.locked ? (
        <div className="panel">
          <p role="alert" className="join-problem">
            <Glyph icon={WarningIcon} />
            {t('join.locked')}
          </p>
          <button type="button" onClick={reload}>
            {t('join.checkAgain')}
          </button>
        </div>
      ) : (
        <JoinForm info={info} code={code} scenario={scenario} />
      )}
    </>
  );
}
