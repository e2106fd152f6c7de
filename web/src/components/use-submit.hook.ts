// Runs a form's request: busy while it runs, the error message when it fails, and a
// "done" flag the form shows as a confirmation.
import { useCallback, useState } from 'react';

export interface Submitting {
  busy: boolean;
  error: string | null;
  done: boolean;
  run: (work: () => Promise<unknown>) => Promise<boolean>;
}

export function useSubmit(): Submitting {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await work();
      setDone(true);
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, done, run };
}
