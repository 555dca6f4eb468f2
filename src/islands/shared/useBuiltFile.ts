/**
 * A data file the build wrote (the checklist catalogue, the 举证说明 templates), fetched once after the
 * first paint instead of riding in the page's HTML. A download that errs or hangs past `DOWNLOAD_WAIT_MS`
 * is tried once more, past the browser's cache; one that still fails, or a damaged file, is reported
 * (`failed`), never rendered. What the seller saved is not touched either way. `given` skips the download
 * (a page that embeds its own small part).
 */
import { useEffect, useState } from 'preact/hooks';

export type BuiltFile<T> = { data: T; failed?: undefined } | { data?: undefined; failed: boolean };

/** How long one try may take: a phone on a weak signal gets a second try rather than a box that never fills. */
export const DOWNLOAD_WAIT_MS = 10_000;

async function download(url: string, retry: boolean): Promise<unknown> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), DOWNLOAD_WAIT_MS);
  try {
    const response = await fetch(url, { signal: abort.signal, cache: retry ? 'reload' : 'default' });
    if (!response.ok) throw new Error(String(response.status));
    return await response.json();
  } finally {
    clearTimeout(timer);
  }
}

export function useBuiltFile<T>(url: string | undefined, isValid: (value: unknown) => value is T, given?: T): BuiltFile<T> {
  const [state, setState] = useState<BuiltFile<T>>(given ? { data: given } : { failed: false });
  useEffect(() => {
    if (given || !url) return;
    download(url, false)
      .catch(() => download(url, true))
      .then((data) => setState(isValid(data) ? { data } : { failed: true }))
      .catch(() => setState({ failed: true }));
  }, []);
  return state;
}
