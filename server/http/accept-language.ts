// The language a request asks for: `lang` when given, else the best of Accept-Language
// that Landmark speaks, else English. Reports write their fixed texts in it; lists and
// records name States and taxonomy terms in it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { asLanguage, DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../contracts/languages.ts';

/** The supported language of highest preference in an Accept-Language header (`fr-CH, fr;q=0.9, en;q=0.8`). */
export function acceptedLang(header: string | undefined): Language | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const r of ranked) {
    const lang = LANGUAGES.find((l) => l === r.base);
    if (lang) return lang;
  }
  return null;
}

/** The `lang` parameter of the routes that name States and taxonomy terms; another value is refused (400). */
export const langQuery = z.object({
  lang: z
    .enum(LANGUAGES)
    .optional()
    .describe('Language of the names of States, SDG goals and targets, themes and groups (en, fr, es, km); by default the best of Accept-Language, else English. Names a list does not give in that language are in English; codes and ids stay the same in every language.'),
});

/**
 * The language of the names in the answer: `lang` (validated by langQuery), else
 * Accept-Language, else English. The answer varies with Accept-Language.
 */
export function namesLanguage(request: FastifyRequest, reply: FastifyReply): Language {
  const raw = (request.query as Record<string, unknown> | undefined)?.lang;
  const asked = typeof raw === 'string' ? asLanguage(raw) : null;
  const language = asked ?? acceptedLang(request.headers['accept-language']) ?? DEFAULT_LANGUAGE;
  reply.header('content-language', language);
  if (asked === null) {
    const vary = reply.getHeader('vary');
    reply.header('vary', vary === undefined ? 'Accept-Language' : `${String(vary)}, Accept-Language`);
  }
  return language;
}
