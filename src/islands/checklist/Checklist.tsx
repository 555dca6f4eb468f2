/**
 * The evidence checklist island. Without JavaScript the page shows its printable lists (the `children`,
 * rendered by an .astro component). Hydrated, it opens the case named in the address, saves each case
 * in localStorage through `useSavedCases`, and exports as text, print or share link. The logic is in
 * `src/lib/checklist/` (lists, strength, export) and `src/lib/checklist/cases/store.ts` (saved cases).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { caseHref, initialCase, latestCaseFor, newCaseId, type SavedCase } from '~/lib/checklist/cases/store';
import type { CaseChange, Editing } from '~/lib/checklist/cases/write';
import type { DisputeKind } from '~/lib/checklist/case';
import { checklistAddress, checklistHref, findType, isCatalog, type ChecklistCatalog, type DisputeType } from '~/lib/checklist/catalog';
import { CaseList } from './CaseList';
import { TypePicker } from './TypePicker';
import { caseView, extras as lazyExtras, shareLink, writer } from './lazy';
import { useBuiltFile } from '../shared/useBuiltFile';
import { useSavedCases } from './useSavedCases';
import { CHECKLIST_PATH } from '~/lib/shared/paths';

interface Props {
  /** The lists, given whole (a scenario page's own short list)… */
  catalog?: ChecklistCatalog;
  /** …or fetched from the built catalogue file (/checklist/, where all lists would double the HTML). */
  catalogUrl?: string;
  /** Embedded in a scenario page: always this dispute type, the seller's latest case of it, no address changes. */
  embedded?: { kind: DisputeKind; id: string };
  /** The printable lists for a browser without JavaScript. */
  children?: ComponentChildren;
}


export default function Checklist({ catalog: givenCatalog, catalogUrl, embedded, children }: Props) {
  const { data: catalog, failed: catalogFailed } = useBuiltFile(catalogUrl, isCatalog, givenCatalog);
  const saved = useSavedCases();
  /** The case shown, changes storage refused, why, and notes that name a case (`cases/write.ts` moves it on). */
  const [editing, setEditing] = useState<Editing>({ current: undefined, pending: {}, problem: undefined, notes: [] });
  const { current, pending, problem: saveProblem, notes } = editing;
  const setCurrent = (c: SavedCase | undefined) => setEditing((e) => ({ ...e, current: c }));
  const [messages, setMessages] = useState<string[]>([]);
  /** The address is no saved case but says something (a share link, or a broken one): its reader is needed. */
  const [readsLink, setReadsLink] = useState(false);
  const link = shareLink.use(readsLink);

  useEffect(() => {
    const address = checklistAddress(window.location.search);
    // A case will open: fetch its view while storage is read.
    if (embedded || address.opensCase) {
      void caseView.load();
      void writer.load();
    }
    if (!embedded && address.caseId === null && window.location.search.length > 1) setReadsLink(true);
  }, []);

  useEffect(() => {
    if (!saved.loaded || !catalog) return;
    if (embedded) {
      const type = findType(catalog, embedded.kind, embedded.id);
      setCurrent(latestCaseFor(saved.cases, embedded.kind, embedded.id) ?? (type && initialCase(type, saved.cases, newCaseId())));
      return;
    }
    const { caseId } = checklistAddress(window.location.search);
    if (caseId !== null) {
      const found = saved.cases.find((c) => c.id === caseId);
      if (found) setCurrent(found);
      else setMessages(['找不到这个案件：它可能已被删除，或者保存在别的浏览器里。下面列出了本浏览器里保存的案件。']);
      return;
    }
    if (!link) return;
    const shared = link.parseShareParams(window.location.search, catalog);
    if (!shared.ok) setMessages([`${shared.message}请从下面重新选择纠纷类型。`]);
    else if (shared.shared) {
      const { type, ticked, label, stage } = shared.shared;
      setCurrent(initialCase(type, saved.cases, newCaseId(), { ticked, label, ...(stage ? { stage } : {}) }));
      if (shared.notice) setMessages([shared.notice]);
    }
  }, [saved.loaded, catalog, link]);

  // The case as stored now (another tab may have changed it), with any changes storage refused on top.
  const stored = current && saved.cases.find((c) => c.id === current.id);
  const now = new Date();
  const W = writer.use(!!current);
  const shown = stored && W ? (pending[stored.id] ?? []).reduce((c, change) => W.applyChange(c, change, now), stored) : (stored ?? current);
  const isSaved = stored !== undefined;
  const deletedElsewhere = current !== undefined && current.updatedAt !== '' && !stored && !saveProblem;
  const type = shown && catalog && findType(catalog, shown.type.kind, shown.type.id);
  const View = caseView.use(!!type);
  const extras = lazyExtras.use(saved.setAside.length > 0 || saved.migrationPending || saved.blocked || notes.length > 0 || !!saveProblem || deletedElsewhere || (!!shown && !!catalog && !type));

  function setAddress(href: string) {
    if (!embedded) window.history.replaceState(null, '', href);
  }

  /** Items this catalogue has: marks of others are dropped when a case is written (kept aside first, and said). */
  const known = catalog?.items;

  /** What the page says after a write; the changes storage refused stay pending for that case. */
  function change(next: CaseChange) {
    if (!shown || !W) return;
    const tried = W.toWrite(editing.pending, shown, isSaved, next, saved.cases);
    const result = saved.save(W, isSaved ? stored : { ...shown, updatedAt: '' }, tried, known);
    setEditing(W.afterWrite(editing, shown, result, tried, isSaved));
    if (result.ok) {
      setAddress(caseHref(result.saved.id));
      const c = result.saved;
      // The timeline entry is written just after: if storage refuses it, the page says so until it is in.
      void result.logged?.then((waiting) => setEditing((e) => W.afterLogged(e, c, waiting)));
    }
  }

  function open(c: SavedCase | undefined, href: string) {
    // Without the writer loaded nothing was written yet: no problem, note or pending change to carry.
    let next: Editing = W ? W.afterOpen(editing, shown, c) : { ...editing, current: c };
    // Changes storage refused earlier: try again now that the case is open.
    const waiting = c && editing.pending[c.id];
    if (W && c && waiting) {
      const result = saved.save(W, c, waiting, known);
      next = W.afterWrite(next, c, result, waiting, true);
      if (result.ok) void result.logged?.then((counts) => setEditing((e) => W.afterLogged(e, c, counts)));
    }
    setEditing(next);
    setMessages([]);
    setAddress(href);
  }

  function startNew(type: DisputeType, stage = shown?.stage) {
    open(initialCase(type, saved.cases, newCaseId(), stage ? { stage } : {}), checklistHref(type, stage));
  }

  function remove() {
    if (!shown || !W) return;
    if (saved.remove(W, shown.id)) open(undefined, CHECKLIST_PATH);
    else setEditing({ ...editing, notes: [{ kind: 'not-deleted', label: shown.label }] });
  }

  // A real box around the no-JS lists: `client:visible` watches the island's children, and the slot
  // that holds them takes no space of its own.
  if (catalogFailed) {
    return (
      <div class="checklist-static checklist-fallback">
        <p class="error-summary" role="alert">
          清单数据没能下载，可能是网络断了。请刷新页面再试；你保存的案件还在这个浏览器里，没有改动。下面的清单可以先照着准备或打印。
        </p>
        {children}
      </div>
    );
  }
  if (!catalog || !saved.loaded || (readsLink && !link) || (shown && !W) || (type && !View)) return <div class="checklist-static">{children}</div>;
  const embeddedType = embedded && findType(catalog, embedded.kind, embedded.id);

  return (
    <div class="checklist" data-enhanced="true">
      {messages.length > 0 && (
        <div class="error-summary" role="alert">
          {messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      {extras && notes.length > 0 && <extras.Notes notes={notes} />}
      {extras && saved.blocked && <extras.StorageBlocked />}
      {extras && saved.migrationPending && <extras.MigrationPending />}
      {extras && saveProblem && shown && (
        <extras.SaveProblemNote
          problem={saveProblem}
          savedCount={saved.cases.length}
          catalog={catalog}
          type={type}
          c={shown}
        />
      )}
      {extras && deletedElsewhere && <extras.DeletedElsewhere label={current.label} />}
      {extras && <extras.SetAsideList entries={saved.setAside} storage={saved.storage} onImported={saved.refresh} />}
      {View && shown && type && !deletedElsewhere && (
        <View.CaseView
          key={shown.id}
          catalog={catalog}
          type={type}
          c={shown}
          saved={isSaved}
          onChange={change}
          onSave={() => change({ type: 'rename', label: shown.label })}
          onDelete={remove}
          lazyExtras={lazyExtras}
        />
      )}
      {extras && shown && !type && <extras.RetiredType c={shown} onDelete={remove} />}
      {embeddedType && (
        <p class="embedded-actions no-print">
          {isSaved && shown ? <a href={caseHref(shown.id)}>在证据清单页打开这个案件</a> : <a href={CHECKLIST_PATH}>打开证据清单页</a>}
          <button class="button-link" type="button" onClick={() => startNew(embeddedType)}>
            为另一笔订单新建
          </button>
        </p>
      )}
      {!embedded && <CaseList catalog={catalog} cases={saved.cases} currentId={shown?.id} onOpen={(c) => open(c, caseHref(c.id))} />}
      {!embedded && <TypePicker catalog={catalog} hasCase={shown !== undefined} onPick={(t) => startNew(t)} />}
    </div>
  );
}
