import { useCallback, useEffect, useState } from 'react';
import { stepLoaders } from 'virtual:course';
import type { StepContent } from '../../content/model';

type State = { status: 'loading' } | { status: 'ready'; content: StepContent } | { status: 'failed' };

const cache = new Map<string, StepContent>();

/** Loads one step's lessons on demand (a separate chunk per step); a failure can be retried. */
export function useStepContent(stepId: string) {
  const [state, setState] = useState<State>(() => {
    const hit = cache.get(stepId);
    return hit ? { status: 'ready', content: hit } : { status: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const hit = cache.get(stepId);
    if (hit) {
      setState({ status: 'ready', content: hit });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    const load = stepLoaders[stepId];
    if (!load) {
      setState({ status: 'failed' });
      return;
    }
    load()
      .then((m) => {
        cache.set(stepId, m.default);
        if (live) setState({ status: 'ready', content: m.default });
      })
      .catch(() => live && setState({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [stepId, attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { state, retry };
}
