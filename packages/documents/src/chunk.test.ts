import { describe, expect, it } from 'vitest';
import { chunkText } from './chunk.ts';

const japanese = Array.from(
  { length: 40 },
  (_, i) => `Amazon Bedrock の API キーは${i + 1}番目の手順で作成します。権限は最小限にしてください。`,
).join('');

describe('chunkText', () => {
  it('splits Japanese text without spaces at sentence ends, within the size', () => {
    const chunks = chunkText(japanese, { size: 200, overlap: 40 });
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(200);
      expect(chunk.endsWith('。')).toBe(true);
    }
  });

  it('overlaps consecutive chunks and loses no sentence', () => {
    const chunks = chunkText(japanese, { size: 200, overlap: 60 });
    for (let i = 1; i < chunks.length; i++) {
      const previous = chunks[i - 1] ?? '';
      const firstSentence = chunks[i]?.split('。')[0] ?? '';
      expect(previous.includes(firstSentence)).toBe(true);
    }
    for (const sentence of japanese.split('。').filter(Boolean)) {
      expect(chunks.some((chunk) => chunk.includes(`${sentence}。`))).toBe(true);
    }
  });

  it('prefers paragraph breaks in English text', () => {
    const paragraph = 'Short-term keys expire. Long-term keys belong to an IAM user. '.repeat(4).trim();
    const text = [paragraph, paragraph, paragraph].join('\n\n');
    const chunks = chunkText(text, { size: paragraph.length + 10, overlap: 0 });
    expect(chunks).toEqual([paragraph, paragraph, paragraph]);
  });

  it('cuts a run with no boundary at the size limit', () => {
    const chunks = chunkText('あ'.repeat(450), { size: 100, overlap: 10 });
    expect(chunks.every((chunk) => chunk.length <= 100)).toBe(true);
    expect(chunks.length).toBe(5);
  });

  it('returns nothing for blank text and keeps short text whole', () => {
    expect(chunkText('  \n\n ')).toEqual([]);
    expect(chunkText('一文だけです。')).toEqual(['一文だけです。']);
  });
});
