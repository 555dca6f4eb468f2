import { useEffect, useState } from 'preact/hooks';

type Extras = typeof import('./extras');
let loaded: Extras | undefined;

/** The rarely needed parts (`extras.ts`), loaded once on first use. */
export async function loadExtras(): Promise<Extras> {
  loaded ??= await import('./extras');
  return loaded;
}

/** The extras once `needed` has been true (undefined until they arrive). */
export function useExtras(needed: boolean): Extras | undefined {
  const [mod, setMod] = useState(loaded);
  useEffect(() => {
    if (needed && !mod) void loadExtras().then(setMod);
  }, [needed]);
  return mod;
}
