/**
 * A data file the build wrote (the checklist catalogue, the 举证说明 templates), fetched once after the
 * first paint instead of riding in the page's HTML. A failed or damaged download is reported (`failed`),
 * never rendered; what the seller saved is not touched either way. `given` skips the download (a page that
 * embeds its own small part).
 */
import { useEffect, useState } from 'preact/hooks';

export type BuiltFile<T> = { data: T; failed?: undefined } | { data?: undefined; failed: boolean };

export function useBuiltFile<T>(url: string | undefined, isValid: (value: unknown) => value is T, given?: T): BuiltFile<T> {
  const [state, setState] = useState<BuiltFile<T>>(given ? { data: given } : { failed: false });
  useEffect(() => {
    if (given || !url) return;
    fetch(url)
      .then((response) => (response.ok ? response.json() : undefined))
      .then((data: unknown) => setState(isValid(data) ? { data } : { failed: true }))
      .catch(() => setState({ failed: true }));
  }, []);
  return state;
}
