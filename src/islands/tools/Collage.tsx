/**
 * 凭证拼图: pick photos (or take one), caption each, lay them out on one sheet (work order) or up to
 * three (evidence entry), and save JPEGs under a size cap with the photos' Exif left behind. Everything
 * happens in this browser. Layout arithmetic: `src/lib/tools/collage/layout.ts`; drawing: `src/client/collage-draw.ts`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_CAP_BYTES, MAX_CAP_BYTES, MAX_CAPTION, MAX_PHOTOS, MIN_CAP_BYTES, type CollageTarget, type SheetLimits } from '~/lib/tools/collage/layout';
import { buildSheets, probePhotos, type PhotoProblem, type PickedPhoto, type Sheet } from '~/client/collage-draw';
import { ContextProblems, downloadBlob, readContext } from './shared';

interface Props {
  types: string[];
  evidence: string[];
  /** Images each entry takes, from the facts (work-order-image-limit, evidence-image-limit). */
  limits: SheetLimits;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function SheetView({ sheet, n, total }: { sheet: Sheet; n: number; total: number }) {
  const holder = useRef<HTMLDivElement>(null);
  const [canShare, setCanShare] = useState(false);
  const name = `拼图-${n}.jpg`;
  const file = () => new File([sheet.blob], name, { type: 'image/jpeg' });
  useEffect(() => {
    sheet.canvas.className = 'collage-preview';
    sheet.canvas.setAttribute('role', 'img');
    sheet.canvas.setAttribute('aria-label', `拼图 ${n} 预览，共 ${sheet.photos} 张照片`);
    holder.current?.replaceChildren(sheet.canvas);
    try {
      setCanShare(typeof navigator.canShare === 'function' && navigator.canShare({ files: [file()] }));
    } catch {
      setCanShare(false);
    }
  }, [sheet]);
  return (
    <li class="collage-sheet" data-testid="sheet" data-bytes={sheet.blob.size} data-width={sheet.width} data-height={sheet.height} data-quality={sheet.quality}>
      <p>
        <strong>
          拼图 {n}
          {total > 1 ? ` / ${total}` : ''}
        </strong>
        ：{sheet.photos} 张照片，{sheet.width} × {sheet.height} 像素，{mb(sheet.blob.size)}
      </p>
      <div ref={holder} />
      <div class="tool-actions">
        <button type="button" class="button" onClick={() => downloadBlob(sheet.blob, name)}>
          保存图片
        </button>
        {canShare && (
          <button type="button" class="button button-secondary" onClick={() => navigator.share({ files: [file()] }).catch(() => undefined)}>
            分享
          </button>
        )}
      </div>
    </li>
  );
}

export default function Collage({ types, evidence, limits }: Props) {
  const [enhanced, setEnhanced] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [target, setTarget] = useState<CollageTarget>('evidence');
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [capMb, setCapMb] = useState(String(DEFAULT_CAP_BYTES / 1024 / 1024));
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number; what: string } | undefined>();
  const [message, setMessage] = useState('');
  const [fileProblems, setFileProblems] = useState<PhotoProblem[]>([]);
  const [sheets, setSheets] = useState<Sheet[]>([]);
  const [elapsed, setElapsed] = useState<number | undefined>();

  useEffect(() => {
    setProblems(readContext({ types, evidence }).problems);
    setEnhanced(true);
  }, []);

  if (!enhanced) {
    return (
      <div class="callout callout-warn">
        <p class="callout-title">拼图要在浏览器里开启 JavaScript</p>
        <p>不开也能做：用手机相册自带的拼图功能，或把几张图放在一屏里截屏；每张图旁边写清是什么，再把截图里的个人信息遮住。</p>
      </div>
    );
  }

  const addFiles = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const room = MAX_PHOTOS - photos.length;
    const added = [...list].slice(0, Math.max(0, room)).map((file) => ({ file, caption: '' }));
    setPhotos([...photos, ...added]);
    setSheets([]);
    setMessage(list.length > room ? `一次最多 ${MAX_PHOTOS} 张：多出的 ${list.length - room} 张没有加入。` : '');
  };

  const capBytes = Math.round(Number(capMb.replace(',', '.')) * 1024 * 1024);
  const capValid = Number.isFinite(capBytes) && capBytes >= MIN_CAP_BYTES && capBytes <= MAX_CAP_BYTES;

  const run = async () => {
    setFileProblems([]);
    setSheets([]);
    setElapsed(undefined);
    if (photos.length === 0) {
      setMessage('还没有选照片：先点“选照片”或“拍照”。');
      return;
    }
    if (!capValid) {
      setMessage(`大小上限请填 ${Math.ceil(MIN_CAP_BYTES / 1024 / 102.4) / 10} 到 ${MAX_CAP_BYTES / 1024 / 1024} 之间的数字（单位 MB）。`);
      return;
    }
    setBusy(true);
    setMessage('');
    const started = performance.now();
    try {
      const onProgress = (done: number, total: number, what: string) => setProgress({ done, total, what });
      const probed = await probePhotos(photos, onProgress);
      if (probed.photos.length === 0) {
        setFileProblems(probed.problems);
        setMessage('选的文件里没有能用的图片，见下面每个文件的原因。');
        return;
      }
      const built = await buildSheets(probed.photos, limits[target], capBytes, onProgress);
      setFileProblems([...probed.problems, ...built.problems]);
      setSheets(built.sheets);
      setElapsed(Math.round(performance.now() - started));
      // 完成 only when something was drawn; photos that could not be decoded are named in the list below.
      const left = built.failed.length > 0 ? `有 ${built.failed.length} 张照片读不出来，没有放进拼图，见下面的原因。` : '';
      setMessage(
        built.tooBig.length > 0
          ? `有 ${built.tooBig.length} 张拼图压到最小也超过上限：少放几张照片，或把上限调大。${left}`
          : built.sheets.length === 0
            ? '没有拼出图：选的照片一张也读不出来，见下面每个文件的原因。'
            : `完成：${built.sheets.length} 张拼图，每张都在 ${mb(capBytes)} 以内。${left}`,
      );
    } catch {
      setMessage('拼图时浏览器出错了（可能是内存不够）：少选几张照片再试。');
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  const setCaption = (i: number, caption: string) => setPhotos(photos.map((p, j) => (j === i ? { ...p, caption } : p)));
  const remove = (i: number) => {
    setPhotos(photos.filter((_, j) => j !== i));
    setSheets([]);
  };

  return (
    <div class="collage-tool">
      <ContextProblems problems={problems} />
      <fieldset class="tool-fieldset">
        <legend>拼好后传到哪里</legend>
        <label class="tool-check">
          <input type="radio" name="collage-target" checked={target === 'evidence'} onChange={() => setTarget('evidence')} /> 举证入口：拼成最多 {limits.evidence} 张
        </label>
        <label class="tool-check">
          <input type="radio" name="collage-target" checked={target === 'work-order'} onChange={() => setTarget('work-order')} /> 工单：拼成最多 {limits['work-order']} 张
        </label>
      </fieldset>

      <div class="tool-actions">
        <label class="button file-button">
          选照片
          <input type="file" accept="image/*" multiple class="visually-hidden-file" data-testid="pick" onChange={(e) => { addFiles(e.currentTarget.files); e.currentTarget.value = ''; }} />
        </label>
        <label class="button button-secondary file-button">
          拍照
          <input type="file" accept="image/*" capture="environment" class="visually-hidden-file" onChange={(e) => { addFiles(e.currentTarget.files); e.currentTarget.value = ''; }} />
        </label>
      </div>

      {photos.length > 0 && (
        <ol class="collage-list">
          {photos.map((p, i) => (
            <li key={`${i}-${p.file.name}`}>
              <label for={`caption-${i}`} class="tool-label">
                第 {i + 1} 张（{p.file.name}）的说明文字
              </label>
              <span class="collage-row">
                <input
                  id={`caption-${i}`}
                  type="text"
                  maxLength={MAX_CAPTION}
                  value={p.caption}
                  placeholder="例如 发货称重 1.25 kg"
                  onInput={(e) => setCaption(i, e.currentTarget.value)}
                />
                <button type="button" class="button-link" onClick={() => remove(i)} aria-label={`移除第 ${i + 1} 张`}>
                  移除
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}

      <p>
        <label for="collage-cap" class="tool-label">每张拼图的大小上限（MB）</label>
        <input id="collage-cap" type="text" inputMode="decimal" value={capMb} onInput={(e) => setCapMb(e.currentTarget.value)} aria-describedby="collage-cap-help" />
        <span id="collage-cap-help" class="muted tool-hint">
          这是本工具自己的默认值，平台真正的上限没有查到（见上文）。上传被拒时调小再试。
        </span>
      </p>

      <button type="button" class="button" onClick={run} disabled={busy} data-testid="build">
        {busy ? '正在拼…' : `生成拼图（${photos.length} 张照片）`}
      </button>

      <div role="status" class="tool-status" data-testid="status">
        {progress && (
          <p>
            <progress max={progress.total} value={progress.done} aria-label="拼图进度" /> {progress.what}
          </p>
        )}
        {message && <p data-testid="message">{message}</p>}
      </div>

      {fileProblems.length > 0 && (
        <ul class="callout callout-warn" data-testid="file-problems">
          {fileProblems.map((p) => (
            <li key={p.name + p.message}>
              {p.name}：{p.message}
            </li>
          ))}
        </ul>
      )}

      {sheets.length > 0 && (
        <ol class="collage-sheets" data-elapsed={elapsed}>
          {sheets.map((s, i) => (
            <SheetView key={i} sheet={s} n={i + 1} total={sheets.length} />
          ))}
        </ol>
      )}
    </div>
  );
}
