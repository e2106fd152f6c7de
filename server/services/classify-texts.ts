// classify-texts: suggests labels for free texts (no database), as `landmark classify` does.
import type { Prediction } from '../classify/linear-model.ts';
import { classify, type Taxonomy } from '../classify/classifier.ts';
import { AppError } from '../errors.ts';
import { requirePermission } from '../policies/require.ts';
import type { Actor } from './actor.ts';

/** One prediction per text, in order. Throws forbidden (anonymous) or unavailable (no model or taxonomy lists). */
export function classifyTexts(actor: Actor, texts: readonly string[], taxonomy: Taxonomy): Prediction[] {
  requirePermission(actor, 'text.classify');
  try {
    return classify(texts, taxonomy);
  } catch (err) {
    throw new AppError('unavailable', `the ${taxonomy} classifier cannot run: ${(err as Error).message}`, { cause: err });
  }
}
