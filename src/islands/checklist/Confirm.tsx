import type { ComponentChildren } from 'preact';

/** Asks before a destructive action; nothing happens until the seller confirms. */
export function Confirm(props: { text: ComponentChildren; confirmLabel: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div class="confirm no-print" role="alertdialog" aria-labelledby="confirm-text">
      <p id="confirm-text">{props.text}</p>
      <button class="button" type="button" onClick={props.onConfirm}>
        {props.confirmLabel}
      </button>{' '}
      <button class="button button-secondary" type="button" onClick={props.onCancel}>
        取消
      </button>
    </div>
  );
}
