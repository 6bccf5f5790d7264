import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';
import { groupInjects } from './group-injects';
import { InjectDeckCard } from './inject-deck-card';
import { ReleasedInjectCard } from './released-inject-card';

/** One group of cards, scrolling on its own so that a deck of forty stays on one screen. */
function Group({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="control-inject-group" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {/* Focusable, so that the keyboard can scroll it too. */}
      <div className="control-inject-list" role="region" aria-labelledby={id} tabIndex={0}>
        {children}
      </div>
    </section>
  );
}

/**
 * The whole inject deck on one timeline: what is out (and why), what the
 * schedule will release, what actions or conditions may set off, and what
 * waits for Control's hand, each unreleased card with its Release button.
 */
export function InjectTimeline({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  if (view.control === null) return null;
  const groups = groupInjects(view.injects, view.control);
  const canRelease = view.exercise.tags.includes('accepting-injects');
  const empty = <p className="control-hint">{t('control.injects.none')}</p>;

  return (
    <section
      id="control-injects"
      className="control-section"
      data-testid="inject-timeline"
      aria-labelledby="control-injects-title"
    >
      <h2 id="control-injects-title">{t('control.injects.title')}</h2>
      <p className="control-hint">
        {canRelease ? t('control.injects.canRelease') : t('control.injects.cannotRelease')}
      </p>
      <div className="control-inject-groups">
        <Group
          id="injects-released"
          title={t('control.injects.released', { count: groups.released.length })}
        >
          {groups.released.length === 0
            ? empty
            : groups.released.map((inject) => (
                <ReleasedInjectCard key={inject.id} inject={inject} names={names} />
              ))}
        </Group>
        {(
          [
            ['scheduled', groups.scheduled.map((card) => ({ card, pending: null }))],
            ['triggered', groups.triggered],
            ['manual', groups.manual.map((card) => ({ card, pending: null }))],
            ['offFormat', groups.offFormat.map((card) => ({ card, pending: null }))],
          ] as const
        ).map(([kind, entries]) => (
          <Group
            key={kind}
            id={`injects-${kind}`}
            title={t(`control.injects.${kind}`, { count: entries.length })}
          >
            {entries.length === 0
              ? empty
              : entries.map(({ card, pending }) => (
                  <InjectDeckCard
                    key={card.id}
                    card={card}
                    pending={pending}
                    canRelease={canRelease}
                    offFormat={kind === 'offFormat'}
                    names={names}
                  />
                ))}
          </Group>
        ))}
      </div>
    </section>
  );
}
