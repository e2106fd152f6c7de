// The progress brief as DOCX: areas of progress and of regression by theme, each with
// its number of recommendations, like a civil-society brief. Renderers print what they
// are given: presenters decide what the audience may see.
import type { Paragraph, Table } from 'docx';
import type { BriefReport, RenderOptions } from '../../contracts/reports.ts';
import { briefSections, countText, receivedText, themeHeading } from './brief.model.ts';
import { heading, labelled, packDocx, paragraph, table, title } from './docx-blocks.ts';
import { reportTexts } from './i18n.ts';

/** Renders the brief as DOCX bytes. */
export async function renderBriefDocx(report: BriefReport, options: RenderOptions): Promise<Buffer> {
  const lang = options.lang;
  const t = reportTexts(lang);
  const children: (Paragraph | Table)[] = [
    title(report.title),
    labelled(t.period, report.periodLabel),
    labelled(t.preparedBy, report.author),
  ];
  const received = receivedText(report, lang);
  if (received) children.push(paragraph(received));
  for (const section of briefSections(report, lang)) {
    children.push(heading(section.heading, 1));
    if (section.themes.length === 0) {
      children.push(paragraph(t.none, { emphasis: true }));
      continue;
    }
    children.push(
      table(
        [t.theme, t.recommendations],
        section.themes.map((theme) => [theme.theme, countText(lang, theme.recommendations)]),
        [70, 30],
      ),
    );
    for (const theme of section.themes) {
      children.push(heading(themeHeading(lang, theme), 2), paragraph(theme.summary));
    }
  }
  return packDocx({ lang, title: report.title, children });
}
