/** Files larger than this are refused before reading (issue 3: "a 200 MB file"). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
