/** Small pieces the three tool islands share: the case from the address, the site's storage, messages. */
import { readSavedCase } from '~/lib/checklist/cases/legacy';
import { browserStorage } from '~/lib/shared/storage';
import { parseToolContext, type ToolContext } from '~/lib/tools/context';

/** The case from the address; a case id is checked against the cases saved in this browser. */
export function readContext(known: { types: readonly string[]; evidence: readonly string[] }): ToolContext {
  return parseToolContext(window.location.search, { ...known, caseSaved: (id) => readSavedCase(storage, id) !== undefined });
}

/** The site's storage (`~/lib/shared/storage.ts`): every access may throw, and is wrapped there. */
export const storage = browserStorage(() => window.localStorage);

export { copyText } from '../shared/clipboard';

/** Messages about the address (forged or stale values), shown once above the tool. */
export function ContextProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div class="callout callout-warn" role="alert">
      <p class="callout-title">链接里有几项没能带入</p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

/** A file for the seller to save, as a link click (works without a server round trip). */
export function downloadBlob(blob: Blob, name: string) {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
