import type { Submitting } from './use-submit.hook.ts';

/** A form's outcome, announced to screen readers: its error, or `doneText` once it succeeded. */
export function FormFeedback({ state, doneText }: { state: Submitting; doneText: string }) {
  if (state.error) return <p role="alert" className="error">{state.error}</p>;
  return <p role="status" aria-live="polite" className="done">{state.done ? doneText : ''}</p>;
}
