// Links that download a list as a file: the API serves every list at `<list>/export` with
// the list's own filters (see server/http/list-export.ts), so each link carries the filters
// the page shows now.
import { LIST_FORMATS, type ListFormat } from '../../../contracts/reports.ts';
import { listFileUrl } from '../api/client.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/language.context.tsx';

const FORMAT_LABELS: Record<ListFormat, MessageKey> = { csv: 'exportCsv', xlsx: 'exportXlsx', json: 'exportJson' };

/** `list` is the API list path (e.g. /api/actions); `filters` are that list's query parameters. */
export function ListDownload({ list, filters, label }: { list: string; filters?: URLSearchParams | undefined; label?: MessageKey }) {
  const { t } = useI18n();
  const query = filters ?? new URLSearchParams();
  return (
    <p className="export" data-testid="list-download">
      {t(label ?? 'listDownload')}:{' '}
      {LIST_FORMATS.map((format, i) => (
        <span key={format}>
          {i > 0 && ' · '}
          <a href={listFileUrl(list, query, format)} download>{t(FORMAT_LABELS[format])}</a>
        </span>
      ))}
    </p>
  );
}
