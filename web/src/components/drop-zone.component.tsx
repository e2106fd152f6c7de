// Files by drag and drop, or with the file picker (the keyboard way in).
import { useId, useState, type DragEvent } from 'react';
import { useI18n } from '../i18n/language.context.tsx';

export function DropZone({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) onFiles([...e.dataTransfer.files]);
  };
  return (
    <div
      className={over ? 'drop-zone over' : 'drop-zone'}
      data-testid="drop-zone"
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p className="drop-title">{t('importDrop')}</p>
      <label htmlFor={id}>{t('importChoose')}</label>{' '}
      <input id={id} type="file" multiple disabled={disabled} onChange={(e) => onFiles([...(e.target.files ?? [])])} />
      <p className="help">{t('importFormats')}</p>
    </div>
  );
}
