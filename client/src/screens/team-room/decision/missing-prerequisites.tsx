import { useTranslation } from 'react-i18next';
import type { HandCard, MissingPrerequisite, Track } from '@borderline/shared';
import { localize } from '../../../i18n/localize';
import type { Names } from '../../../exercise/view-names';

/**
 * What a locked card waits for, in words, from what the server says is
 * missing: "Needs Bilateral trust at most 3 (now 5)", "Not before move 3
 * (this is move 2)", the card or development it waits for when the team
 * may know of it.
 */
export function MissingPrerequisites({
  card,
  tracks,
  names,
}: {
  card: HandCard;
  tracks: readonly Track[];
  names: Names;
}) {
  const { t } = useTranslation();
  const sentence = useMissingWords(tracks, names);
  return (
    <div className="tr-missing" data-testid={`missing-${card.id}`}>
      <p>{t('team.missing.title')}</p>
      <MissingList missing={card.missingPrerequisites} sentence={sentence} />
    </div>
  );
}

function MissingList({
  missing,
  sentence,
}: {
  missing: MissingPrerequisite[];
  sentence: (item: MissingPrerequisite) => string;
}) {
  const { t } = useTranslation();
  return (
    <ul>
      {missing.map((item, index) => (
        <li key={index}>
          {item.kind === 'any' ? (
            <>
              {t('team.missing.any')}
              <ul>
                {item.of.map((alternative, position) => (
                  <li key={position}>{alternative.map(sentence).join(t('team.missing.and'))}</li>
                ))}
              </ul>
            </>
          ) : (
            sentence(item)
          )}
        </li>
      ))}
    </ul>
  );
}

/** One missing prerequisite as a sentence (an `any` as its alternatives joined). */
export function useMissingWords(tracks: readonly Track[], names: Names) {
  const { t } = useTranslation();
  const valueOf = (trackId: string, value: number | null) => {
    if (value === null) return '–';
    const step = tracks
      .find((track) => track.id === trackId)
      ?.steps?.find((candidate) => candidate.value === value);
    return step === undefined
      ? String(value)
      : t('team.missing.step', { value, label: localize(step.label, names.language) });
  };
  const sentence = (item: MissingPrerequisite): string => {
    switch (item.kind) {
      case 'track': {
        const words = {
          track: names.track(item.track),
          now: valueOf(item.track, item.now),
          value: valueOf(item.track, item.atLeast ?? item.atMost),
          min: valueOf(item.track, item.atLeast),
          max: valueOf(item.track, item.atMost),
        };
        if (item.atLeast !== null && item.atMost !== null)
          return t('team.missing.trackBetween', words);
        return item.atLeast !== null
          ? t('team.missing.trackAtLeast', words)
          : t('team.missing.trackAtMost', words);
      }
      case 'move': {
        const words = {
          now: item.now,
          value: String(item.atLeast ?? item.atMost ?? ''),
          min: String(item.atLeast ?? ''),
          max: String(item.atMost ?? ''),
        };
        if (item.atLeast !== null && item.atMost !== null) {
          return t('team.missing.moveBetween', words);
        }
        return item.atLeast !== null
          ? t('team.missing.moveAtLeast', words)
          : t('team.missing.moveAtMost', words);
      }
      case 'action': {
        if (item.card === null) return t('team.missing.actionUnseen');
        const card = names.card(item.card);
        return item.within === 'move'
          ? t(`team.missing.playedThisMove.${item.outcome}`, { card })
          : t(`team.missing.played.${item.outcome}`, { card });
      }
      case 'inject': {
        const title = item.inject === null ? null : names.injectTitle(item.inject);
        return title === null
          ? t('team.missing.injectUnseen')
          : t('team.missing.inject', { title });
      }
      case 'any':
        return item.of
          .map((alternative) => alternative.map(sentence).join(t('team.missing.and')))
          .join(t('team.missing.or'));
      case 'not':
        return t('team.missing.not');
    }
  };
  return sentence;
}
