import { useTranslation } from 'react-i18next';

export type SectionId =
  'briefing' | 'decisions' | 'results' | 'dilemma' | 'injects' | 'tracks' | 'chat';

/** Links to the room's sections in their order on the page: a phone's one column is long. */
export function SectionNav({ sections }: { sections: SectionId[] }) {
  const { t } = useTranslation();
  return (
    <nav className="tr-nav" aria-label={t('team.nav.label')}>
      <ul>
        {sections.map((id) => (
          <li key={id}>
            <a href={`#${id}`}>{t(`team.nav.${id}`)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
