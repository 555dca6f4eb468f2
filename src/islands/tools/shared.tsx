/** Small pieces the three tool islands share: the case from the address, storage that may throw, messages. */
import { parseToolContext, type ToolContext } from '~/lib/tools/context';

export function readContext(known: { types: readonly string[]; evidence: readonly string[] }): ToolContext {
  return parseToolContext(window.location.search, known);
}

/** localStorage can throw (private mode, blocked storage, full). */
export const storage = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): boolean {
    try {
      window.localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
};

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

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
