import { useState } from 'preact/hooks';
import { copyText } from '../shared/clipboard';

/** A read-only text (list text, link, set-aside data) that wraps instead of being cut off, with a copy button. */
export function CopyBox(props: { id: string; label: string; value: string; rows?: number }) {
  const [status, setStatus] = useState('');
  async function copy() {
    setStatus((await copyText(props.value)) ? '已复制。' : '浏览器不允许直接复制：请在文本框里全选后复制。');
  }
  return (
    <div class="copy-box">
      <label for={props.id}>{props.label}</label>
      <textarea id={props.id} readOnly rows={props.rows ?? 3} value={props.value} />
      <button class="button button-secondary" type="button" onClick={copy}>
        复制
      </button>
      <span role="status"> {status}</span>
    </div>
  );
}
