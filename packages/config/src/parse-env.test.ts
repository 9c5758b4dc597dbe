import { parse as dotenvParse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { parseEnv } from './parse-env.ts';

// Hand-written files covering dotenv's documented rules and the odd corners users hit.
const CORPUS: Record<string, string> = {
  basic: 'AWS_REGION=us-east-1\nBEDROCK_MODEL_ID=anthropic.claude-3-sonnet-20240229-v1:0\n',
  comments: '# heading\nA=1 # trailing comment\n  # indented comment\nB=2#no space\n',
  export: 'export A=1\nexport   B="two words"\nexportC=3\n',
  single: "A='single # not a comment'\nB='with \"double\" inside'\n",
  double: 'A="line1\\nline2"\nB="tab\\tstays"\nC="cr\\rhere"\n',
  back: 'A=`back $' + '{tick}`\nB=`has \'single\' and "double"`\n',
  multiline: 'A="first\nsecond\nthird"\nB=after\n',
  multilineSingle: "KEY='-----BEGIN-----\nabc\n-----END-----'\nNEXT=1\n",
  crlf: 'A=1\r\nB="x\r\ny"\r\nC=3\r\n',
  crOnly: 'A=1\rB=2\r',
  bom: '\uFEFFAWS_REGION=ap-northeast-1\nB=2\n',
  duplicates: 'A=first\nB=1\nA=second\nA=third\n',
  empty: 'A=\nB=""\nC=\'\'\nD= \n',
  spaces: 'A = spaced\n  B=  indented  \nC="  kept  "\n',
  colon: 'A: colon value\nB:no-space\n',
  equalsInValue: 'URL=https://example.com/?a=1&b=2\nJWT=abc.def==\n',
  unterminated: 'A="never closed\nB=2\n',
  quoteInside: 'A=it\'s\nB=say "hi"\n',
  stray: 'A=1\nthis line is not an assignment\nB=2\n',
  splitKey: 'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS1k\nZW1vLWF0LTAwMDAwMDAwMDAwMDpmYWtl\n',
  escapedQuote: 'A="say \\"hi\\""\nB=\'it\\\'s\'\n',
  unicode: 'NAME=日本語の値\nB="絵文字 🎉"\n',
  dotsDashes: 'my.key=1\nmy-key=2\n',
  trailingText: 'A="quoted" trailing\nB=\'x\' # ok\n',
  noNewlineAtEnd: 'A=1\nB=2',
  hashInQuotes: 'A="#not comment"\nB=val#comment\n',
  tabs: 'A=\tvalue\t\nB\t=\t2\n',
  blankLines: '\n\n\nA=1\n\n\nB=2\n\n',
  onlyComments: '# nothing here\n# at all\n',
  weirdKeys: '1A=digits\n_A=under\nA B=bad\n',
  guide:
    'AWS_BEARER_TOKEN_BEDROCK=XXXXXXXXXXXXXXXXXXXXXXXX\nAWS_REGION=us-east-1\n' +
    'BEDROCK_MODEL_ID=anthropic.claude-3-sonnet-20240229-v1:0\nBEDROCK_EMBEDDING_MODEL_ID=amazon.titan-embed-text-v1\n',
  windowsPowershellPaste: '$Env:AWS_BEARER_TOKEN_BEDROCK = "XXXX"\n',
  backslashes: 'A=C:\\path\\to\nB="C:\\\\path"\n',
  emptyFile: '',
};

/** Deterministic pseudo-random files assembled from fragments (mulberry32, fixed seed). */
function generatedCorpus(count: number): string[] {
  let seed = 0x5eed;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const keys = ['A', 'B_2', 'export C', 'AWS_REGION', 'x.y', 'k-z', ' D', 'E '];
  const values = ['v', ' v ', '"q v"', "'s v'", '`b v`', '"a\\nb"', 'v # c', '"un', "'m\nl'", '', '"x"y', '=='];
  const seps = ['=', ' = ', ': ', '=\t'];
  const ends = ['\n', '\r\n', '\n\n', '\n# c\n', '\r'];
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T;
  return Array.from({ length: count }, () => {
    let text = random() < 0.1 ? '\uFEFF' : '';
    const lines = 1 + Math.floor(random() * 8);
    for (let i = 0; i < lines; i++) text += pick(keys) + pick(seps) + pick(values) + pick(ends);
    return text;
  });
}

describe('parseEnv agrees with dotenv.parse', () => {
  for (const [name, text] of Object.entries(CORPUS)) {
    it(`corpus: ${name}`, () => {
      expect(parseEnv(text).values).toEqual(dotenvParse(text));
    });
  }
  it('500 generated files', () => {
    for (const text of generatedCorpus(500))
      expect(parseEnv(text).values, JSON.stringify(text)).toEqual(dotenvParse(text));
  });
  it('also on a Buffer-like input read as UTF-8 (dotenv accepts Buffers)', () => {
    const text = CORPUS.bom as string;
    expect(parseEnv(text).values).toEqual(dotenvParse(Buffer.from(text, 'utf8')));
  });
});

describe('parseEnv diagnostics data', () => {
  it('keeps line numbers, also after multi-line values and CRLF', () => {
    const { entries } = parseEnv('# c\r\nA=1\r\nB="x\r\ny"\r\nC=3\r\n');
    expect(entries.map((e) => [e.key, e.line])).toEqual([
      ['A', 2],
      ['B', 3],
      ['C', 5],
    ]);
  });
  it('reports duplicates with every line; last one wins', () => {
    const parsed = parseEnv(CORPUS.duplicates as string);
    expect(parsed.values.A).toBe('third');
    expect(parsed.duplicates).toEqual([{ key: 'A', lines: [1, 3, 4] }]);
  });
  it('reports stray lines (not blank, not a comment, not an assignment)', () => {
    expect(parseEnv(CORPUS.stray as string).strayLines).toEqual([2]);
    expect(parseEnv(CORPUS.splitKey as string).strayLines).toEqual([2]);
    expect(parseEnv(CORPUS.multiline as string).strayLines).toEqual([]);
    expect(parseEnv('\uFEFF# only a comment\n').strayLines).toEqual([]);
  });
  it('records whether a value was quoted', () => {
    const { entries } = parseEnv('A="x"\nB=\'y\'\nC=z\n');
    expect(entries.map((e) => e.quote)).toEqual(['"', "'", undefined]);
  });
});
