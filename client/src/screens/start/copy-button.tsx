import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './copy-text';
import { Glyph, WarningIcon } from '../../components/icons';

/** Copies a link and says, next to itself, whether that worked. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  return (
    <span className="copy-button">
      <button
        type="button"
        className="secondary"
        onClick={async () => setResult((await copyText(text)) ? 'copied' : 'failed')}
      >
        {label}
      </button>{' '}
      <span role="status" className={result === 'failed' ? 'field-error' : 'copy-done'}>
        {result === 'copied' && t('start.created.copied')}
        {result === 'failed' && (
          <>
            <Glyph icon={WarningIcon} />
            {t('start.created.copyFailed')}
          </>
        )}
      </span>
    </span>
  );
}
