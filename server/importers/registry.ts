// The readers and kind importers Landmark knows. Order of readers matters: the first whose
// sniff() accepts a file reads it.
import type { FormatReader, KindImporter } from './types.ts';
import { csvReader } from './formats/csv.reader.ts';
import { docxReader } from './formats/docx.reader.ts';
import { htmlReader } from './formats/html.reader.ts';
import { pdfReader } from './formats/pdf.reader.ts';
import { textReader } from './formats/text.reader.ts';
import { xlsxReader } from './formats/xlsx.reader.ts';
import { hcUprLetterImporter } from './kinds/hc-upr-letter.importer.ts';
import { letteredRecommendationsImporter } from './kinds/lettered-recommendations.importer.ts';
import { ohchrThematicListImporter } from './kinds/ohchr-thematic-list.importer.ts';
import { progressBriefImporter } from './kinds/progress-brief.importer.ts';
import { srBenchmarksImporter } from './kinds/sr-benchmarks.importer.ts';
import { treatyBodyCoImporter } from './kinds/treaty-body-co.importer.ts';
import { uhriExportImporter } from './kinds/uhri-export.importer.ts';
import { uprInfoCsvImporter } from './kinds/upr-info-csv.importer.ts';
import { uprWgReportImporter } from './kinds/upr-wg-report.importer.ts';

export const FORMAT_READERS: readonly FormatReader[] = [pdfReader, xlsxReader, docxReader, csvReader, htmlReader, textReader];

export const KIND_IMPORTERS: readonly KindImporter[] = [
  uprWgReportImporter,
  srBenchmarksImporter,
  letteredRecommendationsImporter,
  hcUprLetterImporter,
  progressBriefImporter,
  treatyBodyCoImporter,
  ohchrThematicListImporter,
  uprInfoCsvImporter,
  uhriExportImporter,
];
