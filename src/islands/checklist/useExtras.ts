import { useEffect, useState } from 'preact/hooks';

type Extras = typeof import('./extras');
let loaded: Extras | undefined;

/** The rarely needed parts (`extras.ts`), loaded the first time `needed` is true. */
export function useExtras(needed: boolean): Extras | undefined {
  const [mod, setMod] = useState(loaded);
  useEffect(() => {
    if (needed && !mod) {
      void import('./extras').then((m) => {
        loaded = m;
        setMod(m);
      });
    }
  }, [needed]);
  return mod;
}
