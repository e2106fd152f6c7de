// The progress brief as PDF, laid out like the DOCX (brief.docx.ts). Renderers print
// what they are given: presenters decide what the audience may see.
import type { BriefReport, RenderOptions } from '../../contracts/reports.ts';
import { briefSections, countText, receivedText, themeHeading } from './brief.model.ts';
import { reportTexts } from './i18n.ts';
import { createPdf, finishPdf, pdfHeading, pdfLabelled, pdfParagraph, pdfTable, pdfTitle } from './pdf-layout.ts';

/** Renders the brief as PDF bytes. */
export async function renderBriefPdf(report: BriefReport, options: RenderOptions): Promise<Buffer> {
  const lang = options.lang;
  const t = reportTexts(lang);
  const doc = createPdf(lang, report.title);
  pdfTitle(doc, report.title);
  pdfLabelled(doc, t.period, report.periodLabel);
  pdfLabelled(doc, t.preparedBy, report.author);
  const received = receivedText(report, lang);
  if (received) pdfParagraph(doc, received);
  for (const section of briefSections(report, lang)) {
    pdfHeading(doc, section.heading);
    if (section.themes.length === 0) {
      pdfParagraph(doc, t.none);
      continue;
    }
    pdfTable(
      doc,
      [t.theme, t.recommendations],
      section.themes.map((theme) => [theme.theme, countText(lang, theme.recommendations)]),
      [0.7, 0.3],
    );
    for (const theme of section.themes) {
      pdfHeading(doc, themeHeading(lang, theme), 2);
      pdfParagraph(doc, theme.summary);
    }
  }
  return finishPdf(doc);
}
