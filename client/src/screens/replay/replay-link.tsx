import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** The replay of an ended exercise (its own page, /replay/<id>), for Control and every player. */
export function ReplayLink({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation();
  return (
    <p className="replay-link">
      <Link href={`/replay/${exerciseId}`} data-testid="replay-link">
        {t('replay.link')}
      </Link>
    </p>
  );
}
