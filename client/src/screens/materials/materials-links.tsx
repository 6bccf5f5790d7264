import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { glossaryHref, roleSheetHref } from '../../components/glossary-context';

/** The way from a seat to its printable role sheet and to the glossary. */
export function MaterialsLinks({
  exerciseId,
  control,
  sheet = true,
}: {
  exerciseId: string;
  control: boolean;
  /** Observers have no role sheet: only the glossary. */
  sheet?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <nav className="materials-links" aria-label={t('materials.links.label')}>
      {sheet && (
        <Link href={roleSheetHref(exerciseId, control)} data-testid="role-sheet-link">
          {control ? t('materials.links.controlSheet') : t('materials.links.sheet')}
        </Link>
      )}
      <Link href={glossaryHref(exerciseId, control)} data-testid="glossary-link">
        {t('materials.links.glossary')}
      </Link>
    </nav>
  );
}
