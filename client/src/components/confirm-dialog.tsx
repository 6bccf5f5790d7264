import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

/**
 * Asks once before a step that cannot be taken back: a modal <dialog> (the
 * browser traps focus inside and Escape cancels), opened when mounted. The
 * safe answer has the focus unless `initialFocus` is given; on closing,
 * the focus goes back to where it was.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  confirmDisabled = false,
  danger = false,
  testId,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
  confirmDisabled?: boolean;
  danger?: boolean;
  /** The dialog's data-testid; its buttons are `${testId}-confirm` and `${testId}-cancel`. */
  testId: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement;
    if (dialog !== null && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    const field = dialog?.querySelector<HTMLElement>('[data-autofocus]') ?? null;
    (field ?? cancelRef.current)?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirmDisabled) void onConfirm();
  };

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        // Escape: the component that opened the dialog decides that it closes.
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="confirm-dialog-buttons">
          <button
            type="submit"
            className={danger ? 'danger' : undefined}
            data-testid={`${testId}-confirm`}
            disabled={confirmDisabled}
          >
            {confirmLabel}
          </button>
          <button
            ref={cancelRef}
            type="button"
            className="secondary"
            data-testid={`${testId}-cancel`}
            onClick={onCancel}
          >
            {cancelLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
