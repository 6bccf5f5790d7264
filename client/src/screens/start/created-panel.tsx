import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CreateExerciseResponse, ScenarioSummary } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { CopyButton } from './copy-button';
import { JoinQrCode } from './join-qr-code';
import './created-panel.css';
import { Glyph, WarningIcon } from '../../components/icons';

/**
 * What Control gets once the exercise exists: for the players (to show on
 * the projector) the code, the link and its QR code; for Control alone, set
 * apart and marked, the facilitator link with its key. Loaded only after
 * creating (default export for React.lazy), with the QR library.
 */
export default function CreatedPanel({
  created,
  scenario,
  onAnother,
}: {
  created: CreateExerciseResponse;
  scenario: ScenarioSummary;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form the user was in is gone: bring keyboard and screen reader here.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section
      className="created-panel"
      aria-labelledby={`${id}-title`}
      data-testid="created-exercise"
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('start.created.title')}: {localize(scenario.title, language)}
      </h2>

      <section className="panel created-players" aria-labelledby={`${id}-players`}>
        <h3 id={`${id}-players`}>{t('start.created.players')}</h3>
        <p className="projector-hint">{t('start.created.projector')}</p>
        <div className="created-join">
          <div>
            <p className="created-label">{t('start.created.code')}</p>
            <p className="join-code" data-testid="join-code">
              {created.joinCode}
            </p>
            <p className="created-label">{t('start.created.link')}</p>
            <p className="created-link">
              <a href={created.joinUrl} data-testid="join-link" target="_blank" rel="noreferrer">
                {created.joinUrl}
              </a>
            </p>
            <CopyButton text={created.joinUrl} label={t('start.created.copyJoin')} />
          </div>
          <JoinQrCode url={created.joinUrl} />
        </div>
      </section>

      <section className="panel created-facilitator" aria-labelledby={`${id}-facilitator`}>
        <h3 id={`${id}-facilitator`}>{t('start.created.facilitator')}</h3>
        <p className="private-warning" role="note">
          <Glyph icon={WarningIcon} />
          <strong>{t('start.created.private')}</strong>
        </p>
        <p>{t('start.created.privateHint')}</p>
        <p className="created-link">
          <a href={created.facilitatorUrl} data-testid="facilitator-link">
            {created.facilitatorUrl}
          </a>
        </p>
        <CopyButton text={created.facilitatorUrl} label={t('start.created.copyFacilitator')} />
        <p>
          <Link
            href={`/control/${created.exerciseId}`}
            className="open-console"
            data-testid="open-console"
          >
            {t('start.created.openConsole')}
          </Link>
        </p>
      </section>

      <button type="button" className="secondary" onClick={onAnother}>
        {t('start.created.another')}
      </button>
    </section>
  );
}
