import { useTranslation } from 'react-i18next';
import type { RosterEntry } from '@borderline/shared';
import { AbsentIcon, Glyph, PresentIcon } from '../../components/icons';

/**
 * One person (or bot) in the lobby: the name, then tags in words (you,
 * lead, bot) and whether they are connected, said in words as well as by
 * the dot's colour.
 */
export function LobbyPerson({
  entry,
  name,
  own,
}: {
  entry: RosterEntry;
  /** In the reader's language: a bot is named by its team. */
  name: string;
  own: boolean;
}) {
  const { t } = useTranslation();
  return (
    <li className={own ? 'lobby-person lobby-person-own' : 'lobby-person'} data-player={entry.id}>
      <span className="lobby-person-name">{name}</span>
      {own && <span className="tag">{t('common.you')}</span>}
      {entry.isLead && <span className="tag">{t('common.lead')}</span>}
      {entry.isBot && <span className="tag tag-bot">{t('common.bot')}</span>}
      {!entry.isBot && (
        <span className={entry.connected ? 'presence presence-on' : 'presence presence-off'}>
          <Glyph icon={entry.connected ? PresentIcon : AbsentIcon} />
          {entry.connected ? t('lobby.online') : t('common.offline')}
        </span>
      )}
    </li>
  );
}
