// Loads data from the API for a screen, again whenever `key` changes.
import { useCallback, useEffect, useState } from 'react';

export interface Loaded<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  reload: () => void;
}

export function useApi<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: Error | null; loading: boolean; key: string }>({ data: null, error: null, loading: true, key });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null, key }));
    load().then(
      (data) => live && setState({ data, error: null, loading: false, key }),
      (error: unknown) => live && setState({ data: null, error: error instanceof Error ? error : new Error(String(error)), loading: false, key }),
    );
    return () => {
      live = false;
    };
    // `load` is a new function each render; `key` says when the data to load changes.
  }, [key, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
