import { codeLabel } from '../i18n/labels.ts';
import { useI18n } from '../i18n/language.context.tsx';

/** A grade as a coloured mark and its label (the colour is never the only sign). */
export function GradeBadge({ grade, label, colour }: { grade: string; label: string; colour: string }) {
  const { t } = useI18n();
  return (
    <span className="grade" data-grade={grade}>
      <span className="grade-mark" style={{ background: colour }} aria-hidden="true" />
      {codeLabel(t, grade, label)}
    </span>
  );
}
