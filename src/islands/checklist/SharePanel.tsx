import { useState } from 'preact/hooks';
import type { SavedCase } from '~/lib/checklist/cases/store';
import { isAutoLabel } from '~/lib/checklist/case';
import { Name } from './Name';
import { labelLooksPersonal } from '~/lib/checklist/export';
import { shareHref } from '~/lib/checklist/share-link';
import { CopyBox } from './CopyBox';

/**
 * The share link: type, stage and ticks. The seller's own case name goes in only if they want it; a name
 * that looks like an order or phone number starts unchecked, with a warning.
 */
export function SharePanel({ c }: { c: SavedCase }) {
  const own = c.label.trim() !== '' && !isAutoLabel(c.label);
  const personal = own && labelLooksPersonal(c.label);
  const [withLabel, setWithLabel] = useState(own && !personal);
  const href = new URL(shareHref(c.type, c.ticked, withLabel ? c.label : '', c.stage), window.location.origin).href;
  return (
    <div class="export no-print">
      {own ? (
        <>
          {personal && <p class="strength-weak">案件名称「<Name label={c.label} />」看起来像订单号或手机号，建议不放进链接。</p>}
          <label class="check-line">
            <input type="checkbox" checked={withLabel} onChange={(e) => setWithLabel((e.target as HTMLInputElement).checked)} />
            <span>链接里带上案件名称「<Name label={c.label} />」</span>
          </label>
        </>
      ) : null}
      <p role="status">{withLabel ? '链接里有纠纷类型、阶段、勾选情况和案件名称。' : '链接里只有纠纷类型、阶段和勾选情况，没有案件名称。'}</p>
      <CopyBox id="export-value" label="分享链接" value={href} />
    </div>
  );
}
