import { useEffect, useState } from 'preact/hooks';

export interface LazyPart<M> {
  load(): Promise<M>;
  use(needed: boolean): M | undefined;
}

/**
 * A part of the checklist loaded on first use, so opening the page stays small: `load()` fetches it
 * once, `use(needed)` gives it to a component once `needed` has been true (undefined until it arrives).
 */
export function lazyPart<M>(loader: () => Promise<M>): LazyPart<M> {
  let loaded: M | undefined;
  let pending: Promise<M> | undefined;
  const load = (): Promise<M> => (pending ??= loader().then((m) => (loaded = m)));
  function use(needed: boolean): M | undefined {
    const [mod, setMod] = useState(loaded);
    useEffect(() => {
      if (needed && !mod) void load().then(setMod);
    }, [needed]);
    return mod ?? loaded;
  }
  return { load, use };
}

