// pdfjs-dist, loaded through here only. Its legacy build (the one that runs on Node 20)
// carries core-js, which replaces the process's JSON.parse and JSON.stringify with its own
// (for JSON.rawJSON, which Node 20 lacks): several times slower, for every caller, such as
// the bulk writes that pass their rows as JSON. The engine's own are put back once it is loaded.
const { parse, stringify } = JSON;
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
JSON.parse = parse;
JSON.stringify = stringify;

export const { getDocument } = pdfjs;
