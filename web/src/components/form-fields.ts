// Reading a submitted form's fields as typed values.

export function formText(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v.trim() : '';
}

/** The field exactly as typed (passwords: spaces count). */
export function formSecret(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
}

/** The field as a number, or null when it is empty. */
export function formNumber(form: FormData, name: string): number | null {
  const v = formText(form, name);
  if (v === '') return null;
  const n = Number(v.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** Today as YYYY-MM-DD, the form of date inputs. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
