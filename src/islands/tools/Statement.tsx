/**
 * 举证说明 draft. Server-rendered (no JavaScript) it is the generic template with visible gaps in an
 * editable box. Hydrated, it takes the case from the address, lets the seller pick type, stage and the
 * evidence they have, fill a few fields, edit the text, count and copy it, and saves it per case.
 * All wording and logic: `src/lib/tools/statement.ts` and content/statements/.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  charCount,
  composeStatement,
  factsAt,
  GENERIC_TEMPLATE,
  gapsIn,
  parseSavedStatement,
  placeholdersIn,
  STATEMENT_FIELDS,
  storageKeyFor,
  unreadableKeyFor,
  type SavedStatement,
  type StatementTemplate,
} from '~/lib/tools/statement';
import { isStageId, stageById, type StageId } from '~/lib/shared/stages';
import { StageSelect } from '../shared/StageSelect';
import { ContextProblems, copyText, readContext, storage } from './shared';

interface Props {
  templates: StatementTemplate[];
  /** Titles of the evidence the templates cite. */
  evidenceTitles: Record<string, string>;
}

interface Unreadable {
  raw: string;
  backupKey: string | undefined;
}

export default function Statement({ templates, evidenceTitles }: Props) {
  const generic = templates.find((t) => t.id === GENERIC_TEMPLATE)!;
  const [enhanced, setEnhanced] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [key, setKey] = useState(storageKeyFor(undefined));
  const [caseId, setCaseId] = useState<string | undefined>();
  const [unreadable, setUnreadable] = useState<Unreadable | undefined>();
  const [type, setType] = useState(GENERIC_TEMPLATE);
  const [stage, setStage] = useState<StageId | undefined>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [have, setHave] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [edited, setEdited] = useState(false);
  const [confirmRewrite, setConfirmRewrite] = useState(false);
  const [status, setStatus] = useState('');
  const [saveFailed, setSaveFailed] = useState(false);

  const template = templates.find((t) => t.id === type) ?? generic;
  const composed = useMemo(
    () => composeStatement({ template, generic, stage, fields, have, evidenceTitles }),
    [template, generic, stage, fields, have, evidenceTitles],
  );
  const shown = edited ? text : composed.text;

  // Open the case: the address first, then what was saved for it. Runs once, after the first paint.
  useEffect(() => {
    const ctx = readContext({ types: templates.map((t) => t.id).filter((id) => id !== GENERIC_TEMPLATE), evidence: Object.keys(evidenceTitles) });
    const k = storageKeyFor(ctx.caseId);
    const loaded = parseSavedStatement(storage.get(k));
    const out: string[] = [...ctx.problems];
    if (loaded.kind === 'ok') {
      const d = loaded.draft;
      setType(ctx.type ?? (templates.some((t) => t.id === d.type) ? d.type : GENERIC_TEMPLATE));
      setStage(ctx.stage ?? (isStageId(d.stage) ? d.stage : undefined));
      setFields(d.fields);
      setHave([...new Set([...d.have.filter((id) => id in evidenceTitles), ...ctx.have])]);
      setText(d.text);
      setEdited(d.edited);
    } else {
      if (loaded.kind === 'unreadable') {
        // Keep the unreadable text under its own key before anything new is written to the case's key.
        const backupKey = unreadableKeyFor(k, new Date().toISOString());
        setUnreadable({ raw: loaded.raw, backupKey: storage.set(backupKey, loaded.raw) ? backupKey : undefined });
      }
      if (ctx.type) setType(ctx.type);
      if (ctx.stage) setStage(ctx.stage);
      setHave(ctx.have);
    }
    setProblems(out);
    setKey(k);
    setCaseId(ctx.caseId);
    setEnhanced(true);
  }, []);

  // Save every change, unless an unreadable old draft could not be backed up (then it must stay where it is).
  useEffect(() => {
    if (!enhanced) return;
    if (unreadable && !unreadable.backupKey) return;
    const draft: SavedStatement = { v: 1, type, stage, fields, have, text: shown, edited, updatedAt: new Date().toISOString() };
    setSaveFailed(!storage.set(key, JSON.stringify(draft)));
  }, [enhanced, key, type, stage, fields, have, shown, edited, unreadable]);

  if (!enhanced) {
    return (
      <div class="statement-tool" data-enhanced="false">
        <label for="statement-text" class="tool-label">通用模板（把【请填写】换成你的内容）</label>
        <textarea id="statement-text" class="statement-text" rows={14} value={composed.text} />
        <div class="print-only statement-print" aria-hidden="true">
          {composed.text}
        </div>
      </div>
    );
  }

  const atStage = factsAt(template, stage);
  const usedFields = new Set([template.opening, ...atStage.map((f) => f.text)].flatMap(placeholdersIn));
  const formFields = STATEMENT_FIELDS.filter((f) => usedFields.has(f.id));
  const evidenceIds = [...new Set(atStage.flatMap((f) => f.evidence))];
  const gaps = gapsIn(shown).length;
  const stageInfo = stageById(stage);

  const toggleHave = (id: string) => setHave((h) => (h.includes(id) ? h.filter((x) => x !== id) : [...h, id]));
  const onCopy = async () => {
    const ok = await copyText(shown);
    setStatus(ok ? (gaps > 0 ? `已复制。注意里面还有 ${gaps} 处待补。` : '已复制。') : '浏览器没有允许复制：请在文本框里长按全选后手动复制。');
  };

  return (
    <div class="statement-tool" data-enhanced="true">
      <ContextProblems problems={problems} />
      {unreadable && (
        <div class="callout callout-warn" role="alert">
          <p class="callout-title">之前保存的说明读不出来</p>
          <p>
            {unreadable.backupKey
              ? '原来的内容没有删，已原样另存在这个浏览器里。下面是它的原文，需要的话复制出来：'
              : '原来的内容没有删，也没有被覆盖；在它处理好之前，这次的修改不会保存。下面是它的原文，请先复制出来：'}
          </p>
          <label for="statement-unreadable" class="tool-label">原来保存的内容</label>
          <textarea id="statement-unreadable" class="statement-text" rows={5} readOnly value={unreadable.raw} />
        </div>
      )}
      <div class="tool-grid">
        <p>
          <label for="statement-type" class="tool-label">纠纷类型</label>
          <select id="statement-type" value={type} onChange={(e) => setType(e.currentTarget.value)}>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="statement-stage" class="tool-label">现在处在哪一步</label>
          <StageSelect id="statement-stage" value={stage} empty="不确定" onChange={setStage} />
        </p>
      </div>
      {stageInfo?.closed && <p class="callout callout-warn">这一单已经判定或过了时限，说明改变不了结果，只适合留作记录或之后沟通时用。</p>}

      <fieldset class="tool-fieldset">
        <legend>你手里有的凭证</legend>
        <p class="muted">只勾真有的。哪条事实的凭证一项都没勾，说明里就不写那一条。</p>
        {evidenceIds.map((id) => (
          <label key={id} class="tool-check">
            <input type="checkbox" checked={have.includes(id)} onChange={() => toggleHave(id)} /> {evidenceTitles[id] ?? id}
          </label>
        ))}
      </fieldset>

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
              onInput={(e) => setFields({ ...fields, [f.id]: e.currentTarget.value })}
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
          const v = e.currentTarget.value;
          setText(v);
          setEdited(v !== composed.text);
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
            <button type="button" class="button button-secondary" onClick={() => { setEdited(false); setConfirmRewrite(false); setStatus('已按填写内容重新生成。'); }}>
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
        {saveFailed
          ? '这个浏览器不让保存（可能是无痕模式或存储已满）：离开前请复制说明。'
          : `自动保存在这台设备的浏览器里${caseId ? '，跟这个案件放在一起' : ''}，不会上传。`}
      </p>
    </div>
  );
}
