import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import type { ExerciseView } from '@borderline/shared';
import { seatHref } from '../../components/glossary-context';
import { GlossaryList } from './glossary-list';
import { SourceList } from './source-list';
import './materials.css';

/** The scenario's glossary on its own page, reached from the room, Control's desk and every marked term. */
export function GlossaryPage({ view, control }: { view: ExerciseView; control: boolean }) {
  const { t } = useTranslation();
  const open = new URLSearchParams(useSearch()).get('term');
  return (
    <main id="content" className="materials materials-glossary-page" data-testid="glossary-page">
      <p className="materials-back">
        <Link href={seatHref(view.exercise.id, control)}>
          {control ? t('materials.back.control') : t('materials.back.room')}
        </Link>
      </p>
      <p className="materials-intro">{t('materials.glossary.intro')}</p>
      <GlossaryList glossary={view.scenario.glossary} open={open} headingLevel={1} />
      <SourceList source={view.scenario.source} otherSources={view.scenario.otherSources} />
    </main>
  );
}
