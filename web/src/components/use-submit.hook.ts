// Runs a form's request: busy while it runs, the error message when it fails (refusals the
// interface knows in the reader's language, see i18n/errors.ts), and a "done" flag the form
// shows as a confirmation.
import { useCallback, useState, type SyntheticEvent } from 'react';
import { errorText } from '../i18n/errors.ts';
import { useI18n } from '../i18n/language.context.tsx';

export interface Submitting {
  busy: boolean;
  error: string | null;
  done: boolean;
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  /** A form's submit handler: runs `work` on the form's fields; when it succeeds, empties the form and calls `then`. */
  onSubmit: (work: (form: FormData) => Promise<unknown>, then?: () => void) => (e: SyntheticEvent<HTMLFormElement>) => Promise<void>;
}

export function useSubmit(): Submitting {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  // Kept as thrown, and worded at each render: a change of language rewords it.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [done, setDone] = useState(false);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    setDone(false);
    try {
      await work();
      setDone(true);
      return true;
    } catch (error) {
      setFailure({ error });
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
  return { busy, error: failure ? errorText(t, failure.error) : null, done, run, onSubmit };
}
