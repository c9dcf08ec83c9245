import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while rendering to static HTML at build time and during hydration, true once React runs
 * the page: prerendered buttons stay disabled until a click can do something.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
