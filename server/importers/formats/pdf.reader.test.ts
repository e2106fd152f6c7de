import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../../test/shared.ts';
import { AppError } from '../../errors.ts';
import { load } from '../index.ts';
import { pdfReader } from './pdf.reader.ts';

const REPORTS = resolve(DATA_DIR, 'upr-wg-reports');

async function sourceOf(path: string, name = path.split('/').pop()!): Promise<{ name: string; bytes: Uint8Array }> {
  return { name, bytes: new Uint8Array(await readFile(path)) };
}

/** A one-page PDF without text, with extra trailer entries (an /Encrypt dictionary). */
function tinyPdf(extraTrailer: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${extraTrailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

async function badInput(promise: Promise<unknown>): Promise<AppError> {
  const err: unknown = await promise.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  const app = err as AppError;
  expect(app.code).toBe('bad-input');
  return app;
}

describe('pdf reader', () => {
  it('reads visual lines with page and line, without heads, footers or page numbers', async () => {
    const progress: number[] = [];
    const doc = await load(await sourceOf(join(REPORTS, 'cambodia2014.pdf')), (done) => progress.push(done));
    expect(doc.format).toBe('pdf');
    expect(progress).toHaveLength(27);
    expect(progress.at(-1)).toBe(27);
    const texts = doc.lines.map((l) => l.text);
    // The masthead keeps the symbol; later pages lose their running head and number.
    expect(texts[0]).toBe('United Nations A/HRC/26/16');
    expect(texts.filter((t) => t === 'A/HRC/26/16')).toHaveLength(0);
    expect(texts.some((t) => /^GE\.14-/.test(t) || /^\*\d+\*$/.test(t) || /^\d+$/.test(t))).toBe(false);
    // The masthead footnote is gone, the title stays.
    expect(texts.some((t) => t.startsWith('* The annex'))).toBe(false);
    const first = doc.lines.find((l) => l.text.startsWith('118.1 Ratify the first Optional Protocol'));
    expect(first).toMatchObject({ page: 14 });
    expect(doc.text.split('\n')).toHaveLength(doc.lines.length);
  });

  it('keeps old reports readable (2008 layout with "Page n" heads)', async () => {
    const doc = await load(await sourceOf(join(REPORTS, 'algeria2008.pdf')));
    const texts = doc.lines.map((l) => l.text);
    expect(texts.some((t) => /^Page \d+$/.test(t))).toBe(false);
    expect(texts.some((t) => t.startsWith('Previously issued under the symbol'))).toBe(false);
    expect(texts).toContain('II. CONCLUSIONS AND/OR RECOMMENDATIONS');
    // Its running head is printed `A/HRC/ 8/29` on some pages.
    const heads = doc.lines.filter((l) => l.page !== 1 && l.text.replace(/\s/g, '') === 'A/HRC/8/29');
    expect(heads).toHaveLength(0);
  });

  it('drops a running head printed with a stray slash (`A/HRC/23/15/`)', async () => {
    const doc = await load(await sourceOf(join(REPORTS, 'serbia2013.pdf')));
    expect(doc.lines.filter((l) => l.text.replace(/\s/g, '').startsWith('A/HRC/23/15') && l.page !== 1)).toEqual([]);
  });

  it('drops footnote references raised after the recommending States', async () => {
    const doc = await load(await sourceOf(join(REPORTS, 'botswana2013.pdf')));
    expect(doc.lines.map((l) => l.text)).toContain('obligations (Lesotho);');
    expect(doc.lines.filter((l) => /\)[;.]?\d{1,2}$/.test(l.text))).toEqual([]);
  });

  it('refuses a truncated PDF, naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'landmark-pdf-'));
    const bytes = await readFile(join(REPORTS, 'cambodia2014.pdf'));
    const path = join(dir, 'half.pdf');
    await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const err = await badInput(load(await sourceOf(path)));
    expect(err.message).toMatch(/^half\.pdf: .*truncated/);
  });

  it('refuses a binary renamed .pdf, naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'landmark-pdf-'));
    const path = join(dir, 'photo.pdf');
    await writeFile(path, Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const file = await sourceOf(path);
    expect(pdfReader.sniff(file)).toBe(true);
    const err = await badInput(load(file));
    expect(err.message).toMatch(/^photo\.pdf: not a PDF/);
  });

  it('refuses a damaged PDF body, naming the file', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\nthis is not a PDF body at all\n%%EOF\n');
    const err = await badInput(load({ name: 'broken.pdf', bytes }));
    expect(err.message).toMatch(/^broken\.pdf: /);
  });

  it('refuses a password-protected PDF, naming the file', async () => {
    const encrypted = tinyPdf(`/Encrypt 4 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]`);
    const err = await badInput(load({ name: 'secret.pdf', bytes: encrypted }));
    expect(err.message).toBe('secret.pdf: the PDF is password-protected; remove the password and import it again');
  });

  it('refuses a PDF without a text layer (a scan), naming the file', async () => {
    const err = await badInput(load({ name: 'scan.pdf', bytes: tinyPdf('') }));
    expect(err.message).toMatch(/^scan\.pdf: the PDF has no text layer/);
  });
});
