/**
 * 举证说明 draft. Server-rendered (no JavaScript) it is the generic template with visible gaps in an
 * editable box. Hydrated, it takes the case from the address, lets the seller pick type, stage and the
 * evidence they have, fill a few fields, edit the text, count and copy it, and saves it per case:
 * each change is merged with the draft as stored now (`src/lib/tools/statement-draft.ts`), another tab's
 * changes arrive by `storage` event, and a hand-edited text changed elsewhere is never overwritten without
 * asking. All wording and logic: `src/lib/tools/statement.ts`, `statement-draft.ts` and content/statements/.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  charCount, composeStatement, confirmKey, confirmsFor, CONFIRMED, factsAt, GENERIC_TEMPLATE, gapsIn, isLetter, placeholdersIn, STATEMENT_FIELDS,
  type StatementTemplate,
} from '~/lib/tools/statement';
import { isStatementData } from '~/lib/tools/statement-data';
import { toolAddress } from '~/lib/tools/address';
import {
  addressChanges, emptyDraft, keptAsideDrafts, migrateOldDrafts, OLD_DRAFT_PREFIX, overwritesOtherText, readDraft, usableDraft,
  withChanges, withoutTextChanges, writeDraft, type DraftChange, type SavedStatement,
} from '~/lib/tools/statement-draft';
import { concerns, isBlocked, type StorageFailure } from '~/lib/shared/storage';
import { stageById } from '~/lib/shared/stages';
import { StageSelect } from '../shared/StageSelect';
import { useBuiltFile } from '../shared/useBuiltFile';
import { ContextProblems, copyText, readContext, storage } from './shared';

interface Props {
  /** The template shown before the others have downloaded, and without JavaScript. */
  generic: StatementTemplate;
  /** Titles of the evidence the generic template cites. */
  genericTitles: Record<string, string>;
  /** Every template and the evidence titles they cite (STATEMENT_DATA_URL). */
  dataUrl: string;
  /** Images one upload takes (facts evidence-image-limit, work-order-image-limit). */
  imageLimits: { evidence: number; workOrder: number };
  /** The collage tool's address (the tool registry), linked when the evidence is numbered by image. */
  collagePath: string;
}

/** The case this page opened, from the address and storage; fixed once the page is enhanced. */
interface Opened {
  caseId: string | undefined;
  caseSaved: boolean;
  problems: string[];
  /** The draft a new case starts from (nothing stored yet). */
  start: SavedStatement;
  /** An unreadable saved draft, shown as it is; `keptAt` once it was copied aside. */
  unreadable?: { raw: string; keptAt?: string };
}

/** Why the page shows more than storage holds. */
type Problem = { reason: StorageFailure } | { reason: 'conflict'; theirs: string };

export default function Statement({ generic, genericTitles, dataUrl, imageLimits, collagePath }: Props) {
  const file = useBuiltFile(dataUrl, isStatementData);
  const templates = file.data?.templates ?? [generic];
  const evidenceTitles = file.data?.evidenceTitles ?? genericTitles;
  const known = { types: templates.map((t) => t.id), evidence: new Map(Object.entries(evidenceTitles)) };
  const composeFor = (d: SavedStatement) =>
    composeStatement({ template: templates.find((t) => t.id === d.type) ?? generic, generic, stage: d.stage, fields: d.fields, have: d.have, evidenceTitles, imageLimits });
  const compose = (d: SavedStatement) => composeFor(d).text;

  const [opened, setOpened] = useState<Opened>();
  /** The draft as stored now (or the start of a new one). */
  const [stored, setStored] = useState<SavedStatement>(emptyDraft(GENERIC_TEMPLATE));
  /** Changes storage has not taken yet (full, blocked, or waiting for the seller's choice). */
  const [pending, setPending] = useState<DraftChange[]>([]);
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState('');
  const [confirmRewrite, setConfirmRewrite] = useState(false);
  const [status, setStatus] = useState('');

  const view = withChanges(stored, pending, compose, new Date());
  const composed = composeFor(view);
  const shown = view.edited ? view.text : composed.text;
  const { type, stage, fields, have, edited } = view;
  const template = templates.find((t) => t.id === type) ?? generic;

  // Open the case: the address first, then what was saved for it. Runs once, when the templates are in:
  // until then the draft stays as the page was built, so a saved draft of another type is never
  // composed, or saved, from the generic template.
  useEffect(() => {
    if (!file.data) return;
    migrateOldDrafts(storage, Date.now());
    const ctx = readContext({ types: known.types.filter((id) => id !== GENERIC_TEMPLATE), evidence: [...known.evidence.keys()] });
    const read = readDraft(storage, ctx.caseId);
    const start = emptyDraft(GENERIC_TEMPLATE);
    const base = read.kind === 'ok' ? usableDraft(read.draft, known, GENERIC_TEMPLATE) : start;
    setOpened({
      caseId: ctx.caseId,
      caseSaved: ctx.caseSaved === true,
      problems: ctx.problems,
      start,
      ...(read.kind === 'unreadable' ? { unreadable: { raw: read.raw } } : {}),
    });
    setStored(base);
    // The address's type, stage and evidence are applied like the seller's own changes, merged on the next write.
    setPending(addressChanges(base, ctx));
    if (isBlocked(storage)) setProblem({ reason: 'blocked' });
  }, [file.data]);

  /**
   * The case's timeline in the ledger notes the first draft and each copy; its code loads then, not with
   * the tool. Refused (storage full), the entry waits on this page, and the page says so.
   */
  function logEvent(kind: 'statement-drafted' | 'statement-copied') {
    const caseId = opened?.caseSaved ? opened.caseId : undefined;
    if (!caseId) return;
    void Promise.all([import('~/lib/ledger/write'), import('~/lib/ledger/unsaved')]).then(([m, u]) => {
      if (m.appendEvents(storage, caseId, [m.event(kind, new Date())], new Date()).ok) return;
      setNotice(u.unsavedHistoryText(m.waitingEvents(storage)[caseId] ?? 1));
    });
  }

  /** Writes this page's changes merged with the draft as stored now, and shows the result. */
  function save(next: DraftChange[], overwrite = false) {
    if (!opened) return;
    const all = [...pending, ...next];
    const expected = withChanges(stored, all, compose, new Date());
    const result = writeDraft(storage, opened.caseId, stored.updatedAt === '' ? opened.start : stored, all, { compose, now: new Date(), overwrite, evidence: known.evidence });
    if (result.ok) {
      if (stored.updatedAt === '') logEvent('statement-drafted');
      const saved = usableDraft(result.saved, known, GENERIC_TEMPLATE);
      setStored(saved);
      setPending([]);
      setProblem(undefined);
      if (result.keptAside && opened.unreadable) setOpened({ ...opened, unreadable: { ...opened.unreadable, keptAt: result.keptAside } });
      if (saved.text !== expected.text) setNotice('这份说明在另一个页面里改过：这里已换成合并后的最新内容，你刚才的修改也保存了。');
      return;
    }
    setPending(all);
    if (result.reason === 'conflict') {
      setStored(usableDraft(result.stored, known, GENERIC_TEMPLATE));
      setProblem({ reason: 'conflict', theirs: result.stored.text });
    } else setProblem({ reason: result.reason });
  }
  const change = (c: DraftChange) => save([c]);
  /** The seller keeps the other tab's text: this page's text changes are dropped, the rest is saved. */
  function keepTheirs() {
    const rest = withoutTextChanges(pending);
    setPending([]);
    setProblem(undefined);
    if (rest.length > 0) {
      const result = writeDraft(storage, opened?.caseId, stored, rest, { compose, now: new Date(), evidence: known.evidence });
      if (result.ok) setStored(usableDraft(result.saved, known, GENERIC_TEMPLATE));
      else {
        setPending(rest);
        if (result.reason !== 'conflict') setProblem({ reason: result.reason });
      }
    }
    setStatus('已保留另一个页面的文字。');
  }

  // Another tab changed this draft: show what is stored now, with this page's unsaved changes on top.
  const latest = useRef<() => void>(() => undefined);
  latest.current = () => {
    if (!opened) return;
    const read = readDraft(storage, opened.caseId);
    if (read.kind !== 'ok' || (read.draft.updatedAt === stored.updatedAt && read.draft.text === stored.text)) return;
    const fresh = usableDraft(read.draft, known, GENERIC_TEMPLATE);
    setStored(fresh);
    if (overwritesOtherText(read.draft, pending)) setProblem({ reason: 'conflict', theirs: read.draft.text });
    const after = withChanges(fresh, pending, compose, new Date());
    if ((after.edited ? after.text : compose(after)) !== shown) setNotice('这份说明在另一个页面里改过，这里已换成最新的内容。');
  };
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (concerns('statement', e.key, [OLD_DRAFT_PREFIX])) latest.current();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const enhanced = opened !== undefined;
  if (!enhanced) {
    // Without the form there is nothing to tick: every fact of the generic template is shown, gaps and all,
    // for the seller to fill or delete by hand.
    const { text: genericText } = composeFor({ ...emptyDraft(GENERIC_TEMPLATE), have: generic.facts.flatMap((f) => f.evidence) });
    return (
      <div class="statement-tool" data-enhanced="false">
        {file.failed && (
          <p class="error-summary" role="alert">
            按纠纷类型的模板没能下载，可能是网络断了。请刷新页面再试；你保存的说明还在这个浏览器里，没有改动。下面的通用模板可以先照着写，但在这里改的不会保存，离开前请复制。
          </p>
        )}
        <label for="statement-text" class="tool-label">通用模板（把【请填写】换成你的内容）</label>
        <textarea id="statement-text" class="statement-text" rows={14} value={genericText} />
        <div class="print-only statement-print" aria-hidden="true">
          {genericText}
        </div>
      </div>
    );
  }

  const { unreadable } = opened;
  const kept = keptAsideDrafts(storage, opened.caseId).filter((k) => k.raw !== unreadable?.raw);
  const atStage = factsAt(template, stage);
  const usedFields = new Set([template.opening, ...atStage.map((f) => f.text)].flatMap(placeholdersIn));
  const formFields = STATEMENT_FIELDS.filter((f) => usedFields.has(f.id));
  const evidenceIds = [...new Set(atStage.flatMap((f) => f.evidence))];
  const gaps = gapsIn(shown).length;
  const stageInfo = stageById(stage);
  const letter = isLetter(template);
  const confirms = confirmsFor(template, stage, have);
  const collageHref = toolAddress(collagePath, { type: type !== GENERIC_TEMPLATE && !letter ? type : undefined, stage, have, caseId: opened.caseId });

  const onCopy = async () => {
    const ok = await copyText(shown);
    if (ok) logEvent('statement-copied');
    setStatus(ok ? (gaps > 0 ? `已复制。注意里面还有 ${gaps} 处待补。` : '已复制。') : '浏览器没有允许复制：请在文本框里长按全选后手动复制。');
  };

  return (
    <div class="statement-tool" data-enhanced="true">
      <ContextProblems problems={opened.problems} />
      {unreadable && (
        <div class="callout callout-warn" role="alert">
          <p class="callout-title">之前保存的说明读不出来</p>
          <p>
            {unreadable.keptAt
              ? '原来的内容没有删，已原样另存在这个浏览器里。下面是它的原文，需要的话复制出来：'
              : '原来的内容没有删，也没有被覆盖：你第一次修改时，它会先原样另存在这个浏览器里。下面是它的原文，需要的话先复制出来：'}
          </p>
          <label for="statement-unreadable" class="tool-label">原来保存的内容</label>
          <textarea id="statement-unreadable" class="statement-text" rows={5} readOnly value={unreadable.raw} />
        </div>
      )}
      {problem?.reason === 'conflict' && (
        <div class="callout callout-warn" role="alert">
          <p class="callout-title">另一个页面也改过这份说明的正文</p>
          <p>你在这里的修改还没有保存，也没有覆盖那边的文字。下面是另一个页面保存的正文；要保留哪一份？</p>
          <label for="statement-theirs" class="tool-label">另一个页面保存的正文</label>
          <textarea id="statement-theirs" class="statement-text" rows={5} readOnly value={problem.theirs} />
          <p class="tool-actions">
            <button type="button" class="button" onClick={() => save([], true)}>
              用这里的文字覆盖
            </button>
            <button type="button" class="button button-secondary" onClick={() => keepTheirs()}>
              保留另一个页面的文字
            </button>
          </p>
        </div>
      )}
      {notice && (
        <p class="callout" role="status">
          {notice}
        </p>
      )}
      {kept.length > 0 && (
        <details class="tool-kept">
          <summary>这个案件另存的旧说明（{kept.length} 份）</summary>
          {kept.map((k, i) => (
            <p key={k.key}>
              <label for={`statement-kept-${i}`} class="tool-label">第 {i + 1} 份</label>
              <textarea id={`statement-kept-${i}`} class="statement-text" rows={4} readOnly value={k.raw} />
            </p>
          ))}
        </details>
      )}
      <div class="tool-grid">
        <p>
          <label for="statement-type" class="tool-label">写哪一种</label>
          <select id="statement-type" value={type} onChange={(e) => change({ type: 'template', id: e.currentTarget.value })}>
            <optgroup label="举证说明：按纠纷类型">
              {templates.filter((t) => !isLetter(t)).map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                </option>
              ))}
            </optgroup>
            <optgroup label="判定或处罚之后">
              {templates.filter(isLetter).map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                </option>
              ))}
            </optgroup>
          </select>
        </p>
        {!letter && (
          <p>
            <label for="statement-stage" class="tool-label">现在处在哪一步</label>
            <StageSelect id="statement-stage" value={stage} empty="不确定" onChange={(s) => change({ type: 'stage', stage: s })} />
          </p>
        )}
      </div>
      {!letter && stageInfo?.closed && <p class="callout callout-warn">这一单已经判定或过了时限，说明改变不了结果，只适合留作记录或之后沟通时用。要申诉，在“写哪一种”里选申诉的信。</p>}
      {letter && <p class="muted">条款号、扣款数额，通知里没写的就别写。</p>}

      <fieldset class="tool-fieldset">
        <legend>你手里有的凭证</legend>
        <p class="muted">只勾真有的。哪条事实的凭证一项都没勾，说明里就不写那一条。</p>
        {evidenceIds.map((id) => (
          <label key={id} class="tool-check">
            <input type="checkbox" checked={have.includes(id)} onChange={() => change({ type: 'have', id, on: !have.includes(id) })} /> {evidenceTitles[id] ?? id}
          </label>
        ))}
      </fieldset>

      {confirms.length > 0 && (
        <fieldset class="tool-fieldset">
          <legend>你核对过的结论</legend>
          <p class="muted">对着凭证看过、确实如此的才勾。不勾，说明里只写有什么凭证，不下结论。</p>
          {confirms.map((c) => (
            <label key={c.id} class="tool-check">
              <input
                type="checkbox"
                checked={fields[confirmKey(c.id)] === CONFIRMED}
                onChange={() => change({ type: 'field', id: confirmKey(c.id), value: fields[confirmKey(c.id)] === CONFIRMED ? '' : CONFIRMED })}
              />{' '}
              {c.label}
            </label>
          ))}
        </fieldset>
      )}

      <fieldset class="tool-fieldset">
        <legend>照后台和凭证填写</legend>
        <p class="muted">不知道的就空着，说明里会留出【请填写】，不会替你编。</p>
        {formFields.map((f) => (
          <p key={f.id}>
            <label for={`field-${f.id}`} class="tool-label">
              {f.label}
            </label>
            <input
              id={`field-${f.id}`}
              type="text"
              value={fields[f.id] ?? ''}
              aria-describedby={f.hint ? `hint-${f.id}` : undefined}
              onInput={(e) => change({ type: 'field', id: f.id, value: e.currentTarget.value })}
            />
            {f.hint && (
              <span id={`hint-${f.id}`} class="muted tool-hint">
                {f.hint}
              </span>
            )}
          </p>
        ))}
      </fieldset>

      <label for="statement-text" class="tool-label">举证说明（可以直接修改）</label>
      <textarea
        id="statement-text"
        class="statement-text"
        rows={16}
        value={shown}
        aria-describedby="statement-count"
        onInput={(e) => {
          change({ type: 'text', text: e.currentTarget.value, seen: stored.text });
        }}
      />
      {/* A textarea prints cut off at its box: print the text itself instead. */}
      <div class="print-only statement-print" aria-hidden="true">
        {shown}
      </div>
      {composed.missingEvidence.length > 0 && (
        <p class="tool-meta" data-testid="left-out">
          没有写进说明的凭证：{composed.missingEvidence.join('、')}。拿到后勾上，对应的那条就会写进去。
        </p>
      )}
      {composed.images !== undefined && (
        <p class="tool-meta" data-testid="by-image">
          {composed.evidence.length} 份凭证已按 {composed.images} 张凭证图编号：<a href={collageHref}>用凭证拼图照编号合成</a>。
        </p>
      )}
      <p id="statement-count" class="tool-meta">
        <span data-testid="char-count">共 {charCount(shown)} 字</span>
        {gaps > 0 ? <span>，还有 {gaps} 处待补</span> : <span>，没有待补的空</span>}
      </p>
      <div class="tool-actions">
        <button type="button" class="button" onClick={onCopy}>
          复制说明
        </button>
        {edited && !confirmRewrite && (
          <button type="button" class="button button-secondary" onClick={() => setConfirmRewrite(true)}>
            按填写内容重新生成
          </button>
        )}
        {confirmRewrite && (
          <span class="tool-confirm">
            会覆盖你在框里的修改。
            <button type="button" class="button button-secondary" onClick={() => { change({ type: 'regenerate', seen: stored.text }); setConfirmRewrite(false); setStatus('已按填写内容重新生成。'); }}>
              覆盖
            </button>
            <button type="button" class="button-link" onClick={() => setConfirmRewrite(false)}>
              取消
            </button>
          </span>
        )}
      </div>
      <p class="tool-status" role="status">
        {status}
      </p>
      <p class="muted">
        {saveLine(problem, opened)}
      </p>
    </div>
  );
}

/** The line under the tool: what is saved where, or why not (one place, so it never contradicts a callout). */
function saveLine(problem: Problem | undefined, opened: Opened): string {
  if (problem?.reason === 'conflict') return '这次的修改还没有保存：请先在上面选择保留哪一份正文。';
  if (problem?.reason === 'blocked') return '这个浏览器不让网页保存数据（可能是无痕模式或浏览器的设置）：这里的修改不会保存，离开前请复制说明。';
  if (problem?.reason === 'full') return '浏览器存储已满，最近的修改没有保存：离开前请复制说明；再修改时会自动重试保存。';
  const where = opened.caseSaved ? '，跟这个案件放在一起' : opened.caseId ? '，按链接里的案件编号单独保存' : '';
  return `自动保存在这台设备的浏览器里${where}，不会上传。`;
}
