import { useTranslation } from 'react-i18next';
import type { TrackLeaning } from '@borderline/shared';
import { DownIcon, Glyph, SetIcon, UpIcon } from './icons';

/**
 * The shape of a track's move beside the words that say it: up, down or set.
 * In a neutral colour unless the reader's own objectives say the move helps
 * or hurts it (`leaning`), and then with that meaning in words for screen
 * readers too, since the colour alone says nothing to them.
 */
export function ChangeIcon({
  direction,
  leaning,
}: {
  direction: 'up' | 'down' | 'set';
  leaning: TrackLeaning;
}) {
  const { t } = useTranslation();
  const icon = direction === 'set' ? SetIcon : direction === 'down' ? DownIcon : UpIcon;
  return (
    <span className="change-icon" data-leaning={leaning}>
      <Glyph icon={icon} />
      {leaning !== 'neutral' && (
        <span className="visually-hidden">{t(`common.change.${leaning}`)}: </span>
      )}
    </span>
  );
}
