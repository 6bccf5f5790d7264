import { useTranslation } from 'react-i18next';

/** Links to the console's sections: one keystroke away from any of them. */
export function ConsoleNav({ reviewing }: { reviewing: boolean }) {
  const { t } = useTranslation();
  const links = [
    ...(reviewing ? [{ href: '#control-review', label: t('control.nav.review') }] : []),
    { href: '#control-teams', label: t('control.nav.teams') },
    { href: '#control-injects', label: t('control.nav.injects') },
    ...(reviewing ? [] : [{ href: '#control-world', label: t('control.nav.world') }]),
    { href: '#control-log', label: t('control.nav.log') },
    { href: '#control-overrides', label: t('control.nav.overrides') },
    { href: '#control-chat', label: t('control.nav.chat') },
    { href: '#control-participation', label: t('control.nav.participation') },
  ];
  return (
    <nav className="control-nav" aria-label={t('control.nav.label')}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
