// A small, tolerant HTML-to-lines converter: block elements end lines, table rows become
// tab-separated lines, entities are decoded, scripts, styles and comments dropped. It
// never throws on malformed markup (unclosed tags, stray `<`): whatever is not a tag is text.

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'ul', 'body', 'html', 'title',
]);
const SKIPPED_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'head']);
const CELL_TAGS = new Set(['td', 'th']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bull: '•', middot: '·', shy: '',
  copy: '©', reg: '®', deg: '°', eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â',
  iacute: 'í', oacute: 'ó', ocirc: 'ô', uacute: 'ú', ccedil: 'ç', ntilde: 'ñ', uuml: 'ü', ouml: 'ö', auml: 'ä',
  Eacute: 'É', Aacute: 'Á', Oacute: 'Ó', Uacute: 'Ú', Ccedil: 'Ç', Ntilde: 'Ñ', szlig: 'ß', euro: '€', sect: '§', para: '¶',
};

/** Decodes named (common ones) and numeric character references; unknown ones stay as printed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

interface Tag {
  name: string;
  closing: boolean;
  end: number;
}

/** Reads the tag starting at `<` at index i, or null when it is not a tag (a stray `<`). */
function readTag(html: string, i: number): Tag | null {
  const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b/.exec(html.slice(i, i + 40));
  if (!m) return null;
  // Find the closing `>` outside quoted attribute values.
  let quote: string | null = null;
  for (let j = i + m[0].length; j < html.length; j++) {
    const ch = html[j]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return { name: m[2]!.toLowerCase(), closing: m[1] === '/', end: j + 1 };
  }
  return { name: m[2]!.toLowerCase(), closing: m[1] === '/', end: html.length };
}

/** Converts HTML to text lines: one line per block, table rows as tab-separated cells. */
export function htmlToLines(html: string): string[] {
  const lines: string[] = [];
  let current = '';
  let cells: string[] | null = null;
  let cell = '';
  let cellOpen = false;
  let skipping: string | null = null;
  const endLine = () => {
    const text = decodeEntities(current).replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text !== '') lines.push(text);
    current = '';
  };
  const endCell = () => {
    if (cells && cellOpen) cells.push(decodeEntities(cell).replace(/\s+/g, ' ').trim());
    cell = '';
    cellOpen = false;
  };
  const endRow = () => {
    endCell();
    if (cells?.some((c) => c !== '')) lines.push(cells.join('\t'));
    cells = null;
  };
  let i = 0;
  while (i < html.length) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const tag = html[i] === '<' ? readTag(html, i) : null;
    if (!tag) {
      if (!skipping) {
        if (html[i] === '<' && html[i + 1] === '!') {
          const close = html.indexOf('>', i);
          i = close < 0 ? html.length : close + 1;
          continue;
        }
        const ch = html[i]!;
        if (cellOpen) cell += ch;
        else if (!cells) current += ch;
      }
      i++;
      continue;
    }
    i = tag.end;
    if (skipping) {
      if (tag.closing && tag.name === skipping) skipping = null;
      continue;
    }
    if (SKIPPED_CONTENT.has(tag.name) && !tag.closing) {
      skipping = tag.name;
      continue;
    }
    if (tag.name === 'tr') {
      endRow();
      endLine();
      if (!tag.closing) cells = [];
    } else if (CELL_TAGS.has(tag.name)) {
      if (!cells) {
        endLine();
        cells = [];
      }
      endCell();
      cellOpen = !tag.closing;
    } else if (cells && (tag.name === 'br' || tag.name === 'p' || tag.name === 'div' || tag.name === 'li')) {
      cell += ' ';
    } else if (BLOCK_TAGS.has(tag.name)) {
      endRow();
      endLine();
    }
  }
  endRow();
  endLine();
  return lines;
}
