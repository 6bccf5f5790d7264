import { useTranslation } from 'react-i18next';
import { checkJoinCode } from '../start/join-code-check';
import { JoinCodeBox } from '../start/join-code-box';
import { JoinLookup } from './join-lookup';
import '../start/form-fields.css';
import './join-page.css';

/** The code as typed in the address bar ("k7m%20rq4"); a malformed escape is kept as it is. */
function decoded(code: string): string {
  try {
    return decodeURIComponent(code);
  } catch {
    return code;
  }
}

/**
 * `/join/:code`: a player's way in. A code that cannot be one is said so at
 * once (with a box to type it again); a real one is looked up on the server.
 */
export default function JoinPage({ code: raw }: { code: string }) {
  const { t } = useTranslation();
  const code = decoded(raw);
  const check = checkJoinCode(code);
  return (
    <main id="content" className="join-page">
      <h1>{t('join.title')}</h1>
      {check.ok ? (
        <JoinLookup key={check.code} code={check.code} />
      ) : (
        <>
          <p role={code === '' ? undefined : 'alert'}>
            {code === '' ? t('join.typeCode') : t('join.badCode')}
          </p>
          <JoinCodeBox initial={code} />
        </>
      )}
    </main>
  );
}
