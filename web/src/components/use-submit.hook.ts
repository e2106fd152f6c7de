// Runs a form's request: busy while it runs, the error message when it fails, and a
// "done" flag the form shows as a confirmation.
import { useCallback, useState, type SyntheticEvent } from 'react';

export interface Submitting {
  busy: boolean;
  error: string | null;
  done: boolean;
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  /** A form's submit handler: runs `work` on the form's fields; when it succeeds, empties the form and calls `then`. */
  onSubmit: (work: (form: FormData) => Promise<unknown>, then?: () => void) => (e: SyntheticEvent<HTMLFormElement>) => Promise<void>;
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
  const onSubmit = useCallback(
    (work: (form: FormData) => Promise<unknown>, then?: () => void) => async (e: SyntheticEvent<HTMLFormElement>) => {
      e.preventDefault();
      const element = e.currentTarget;
      const form = new FormData(element);
      if (await run(() => work(form))) {
        element.reset();
        then?.();
      }
    },
    [run],
  );
  return { busy, error, done, run, onSubmit };
}
