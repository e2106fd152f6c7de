import { describe, expect, it } from 'vitest';
import { parseConfirmedExamples } from './confirmed-examples.ts';

describe('confirmed tags as training examples', () => {
  it('keeps known labels, skips lines left without one, and names a bad line', () => {
    const input = [
      JSON.stringify({ text: 'Abolish the death penalty', labels: ['Death penalty', 'Nonsense'], rejected: ['Detention'] }),
      '',
      JSON.stringify({ text: 'Something', labels: ['Nonsense'], rejected: [] }),
    ].join('\n');
    expect(parseConfirmedExamples(input, ['Death penalty', 'Detention'])).toEqual([{ text: 'Abolish the death penalty', labels: ['Death penalty'], group: 0 }]);
    expect(() => parseConfirmedExamples('{"text": 1}', ['Death penalty'], 'c.jsonl')).toThrow('c.jsonl, line 1');
  });
});
