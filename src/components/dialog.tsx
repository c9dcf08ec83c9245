import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

/**
 * Opens and closes a native <dialog> as a modal to follow `open`. The browser then does what
 * DSFR's script would: it traps focus inside, makes the page behind inert, closes on Escape
 * (reported through the dialog's `close` event) and gives focus back to the opener.
 */
export function useModal(ref: RefObject<HTMLDialogElement | null>, open: boolean): void {
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
      // As DSFR's modal does: focus its first control (the close button), not the dialog box.
      d.querySelector<HTMLElement>('button, [href], input, select, textarea')?.focus();
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [ref, open]);
}

/**
 * A DSFR modal (`fr-modal`) on a native <dialog>: a close button, a title (h2, which names the
 * dialog), the content, and an optional footer of actions. `onClose` runs on the close button,
 * on Escape and on a click on the backdrop; the parent then sets `open` to false.
 */
export function Dialog(props: {
  id: string;
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  closeLabel: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref, props.open);
  const { onClose } = props;
  return (
    <dialog
      ref={ref}
      id={props.id}
      className={`fr-modal${props.open ? ' fr-modal--opened' : ''}`}
      aria-labelledby={`${props.id}-title`}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === ref.current) onClose();
      }}
    >
      <div className="fr-container fr-container--fluid fr-container-md">
        <div className="fr-grid-row fr-grid-row--center">
          <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
            <div className="fr-modal__body">
              <div className="fr-modal__header">
                <button type="button" className="fr-btn--close fr-btn" aria-controls={props.id} onClick={onClose}>
                  {props.closeLabel}
                </button>
              </div>
              <div className="fr-modal__content">
                <h2 id={`${props.id}-title`} className="fr-modal__title">
                  {props.title}
                </h2>
                {props.open && props.children}
              </div>
              {props.footer && props.open && <div className="fr-modal__footer">{props.footer}</div>}
            </div>
          </div>
        </div>
      </div>
    </dialog>
  );
}
