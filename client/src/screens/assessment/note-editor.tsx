import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_EVALUATOR_NOTE } from '@borderline/shared';

/** The evaluator's note on one team and objective: what the team did that shows its level. */
export function NoteEditor({
  heading,
  note,
  pending,
  onSave,
  onCancel,
}: {
  heading: string;
  note: string;
  pending: boolean;
  onSave: (note: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(note);
  return (
    <form
      className="ratings-note"
      data-testid="rating-note"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(text);
      }}
    >
      <label htmlFor="rating-note-text">{heading}</label>
      <textarea
        id="rating-note-text"
        rows={3}
        maxLength={MAX_EVALUATOR_NOTE}
        value={text}
        placeholder={t('assessment.notePlaceholder')}
        // Opened to be written in.
        autoFocus
        onChange={(event) => setText(event.target.value)}
      />
      <p className="ratings-note-hint">{t('assessment.noteHint')}</p>
      <div className="ratings-note-buttons">
        <button type="submit" disabled={pending || text === note}>
          {t('assessment.saveNote')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('assessment.cancel')}
        </button>
      </div>
    </form>
  );
}
