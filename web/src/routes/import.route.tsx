// Import: upload files (drag and drop or picker), follow the job's progress, then go on
// to review each imported document. Lists the documents still waiting for review.
import { useEffect, useState } from 'react';
import { api, type ImportedFile, type Job } from '../api/client.ts';
import { DropZone } from '../components/drop-zone.component.tsx';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { useSession } from '../components/session.context.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { useI18n } from '../i18n/language.context.tsx';

const POLL_MS = 500;

function ReviewQueue({ refresh }: { refresh: number }) {
  const { t, date } = useI18n();
  const loaded = useApi(() => api.reviews(), `reviews-${refresh}`);
  return (
    <section aria-labelledby="queue-h">
      <h2 id="queue-h">{t('reviewQueue')}</h2>
      <Status loaded={loaded}>
        {({ items }) => items.length === 0 ? <p>{t('reviewNone')}</p> : (
          <ul>
            {items.map((d) => (
              <li key={d.id}>
                <Link to={`/import/${d.id}`}>{d.symbol ?? d.title ?? d.filename}</Link> — {d.filename} · {date(d.createdAt)} ·{' '}
                {t('reviewRecommendations', { count: d.recommendations })}
              </li>
            ))}
          </ul>
        )}
      </Status>
    </section>
  );
}

export function ImportRoute() {
  const { t } = useI18n();
  const { user, ready, may } = useSession();
  const [files, setFiles] = useState<File[]>([]);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!job || job.status === 'succeeded' || job.status === 'failed') return;
    const timer = setTimeout(() => {
      api.job(job.id).then(setJob, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job]);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const { job: id } = await api.upload(files);
      setJob(await api.job(id));
      setFiles([]);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const allowed = may('document.import');
  if (ready && !allowed) {
    return (
      <Layout title={t('importTitle')}>
        <p>{t('importNeedsRole')}</p>
        {!user && <p><Link to="/login?next=/import">{t('signIn')}</Link></p>}
      </Layout>
    );
  }
  const running = job !== null && (job.status === 'queued' || job.status === 'running');
  const percent = job && job.progress.total > 0 ? Math.round((job.progress.done / job.progress.total) * 100) : 0;
  const outcomes = job?.status === 'succeeded' ? (job.result as ImportedFile[]) : [];
  return (
    <Layout title={t('importTitle')}>
      <DropZone onFiles={setFiles} disabled={busy || running} />
      {files.length > 0 && (
        <p>
          {t('importSelected', { count: files.length })}: {files.map((f) => f.name).join(', ')}{' '}
          <button type="button" onClick={() => void start()} disabled={busy || running}>{t('importUpload')}</button>
        </p>
      )}
      {running && (
        <p role="status" aria-live="polite">
          <label>
            {t('importProgress', { percent })}{' '}
            <progress max={100} value={percent}>{percent}%</progress>
          </label>
        </p>
      )}
      {error && <p role="alert" className="error">{t('importFailed', { message: error })}</p>}
      {job?.status === 'failed' && <p role="alert" className="error">{t('importFailed', { message: job.error ?? '' })}</p>}
      {outcomes.length > 0 && (
        <div role="status" aria-live="polite">
          <p>{t('importDone')}</p>
          <ul data-testid="imported">
            {outcomes.map((o) => (
              <li key={o.file}>
                {o.outcome ? <Link to={`/import/${o.outcome.documentId}`}>{o.file}</Link> : o.file}
                {o.error ? ` — ${o.error}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ReviewQueue refresh={job?.status === 'succeeded' ? 1 : 0} />
    </Layout>
  );
}
