// Links in mails: the web app's paths made absolute with LANDMARK_PUBLIC_URL.

/** `path` (starting with `/`) under `publicUrl`, whether or not that ends with a slash. */
export function absoluteUrl(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}
