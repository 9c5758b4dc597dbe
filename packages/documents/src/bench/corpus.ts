// A synthetic corpus for the benchmark that spreads like real text: a 3,000-word vocabulary (romaji and kana
// syllables), documents that each favour a topic of 40 words, chunks of about 600 characters, and questions made of
// a few words taken from one chunk. Deterministic, so runs compare.

const SYLLABLES = [
  ...'ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho ma mi mu me mo ya yu yo ra ri ru re ro wa n ga gi gu ge go za ji zu ze zo da de do ba bi bu be bo pa pi pu pe po'.split(
    ' ',
  ),
  ...'カキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン'.split(''),
];

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)] as T;

const VOCABULARY = (() => {
  const next = random(7);
  return Array.from({ length: 3_000 }, () => {
    const length = 2 + Math.floor(next() * 3);
    return Array.from({ length }, () => pick(SYLLABLES, next)).join('');
  });
})();

/** The chunks of document `d`: `count` paragraphs of ~600 characters around the document's topic. */
export function documentText(d: number, count: number): string[] {
  const next = random(1_000 + d);
  const topic = Array.from({ length: 40 }, () => pick(VOCABULARY, next));
  return Array.from({ length: count }, () => {
    const words: string[] = [];
    let length = 0;
    while (length < 600) {
      const word = next() < 0.6 ? pick(topic, next) : pick(VOCABULARY, next);
      words.push(word);
      length += word.length + 1;
    }
    return `${words.join(' ')}.`;
  });
}

/** A question: four words of a random chunk of a random document. */
export function question(i: number, documents: number, perDocument: number): string {
  const next = random(50_000 + i);
  const chunk = pick(documentText(Math.floor(next() * documents), perDocument), next).split(' ');
  const start = Math.floor(next() * Math.max(1, chunk.length - 4));
  return chunk.slice(start, start + 4).join(' ');
}
