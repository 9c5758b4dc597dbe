import { describe, expect, it } from 'vitest';
import { DocumentsError } from './errors.ts';
import { DEFAULT_UPLOAD_LIMITS } from './limits.ts';
import { minimalPdf } from './testing/minimal-pdf.ts';
import { extractUpload, MAX_UPLOAD_BYTES } from './upload.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function rejection(promise: Promise<unknown>): Promise<DocumentsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentsError);
  return error as DocumentsError;
}

describe('extractUpload', () => {
  it('reads UTF-8 text and Markdown, with a BOM and CRLF line ends', async () => {
    const text = await extractUpload({ filename: 'メモ.txt', bytes: utf8('\uFEFF一行目\r\n二行目\r\n') });
    expect(text).toMatchObject({ title: 'メモ.txt', kind: 'txt', mediaType: 'text/plain', text: '一行目\n二行目' });
    const markdown = await extractUpload({ filename: 'guide.md', bytes: utf8('# Title\n\nBody') });
    expect(markdown.kind).toBe('md');
    expect(markdown.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('extracts the text of a PDF with the real parser', async () => {
    const pdf = minimalPdf(['Quarterly report', 'Revenue grew by 12 percent in Osaka.']);
    const extracted = await extractUpload({ filename: 'report.pdf', bytes: pdf });
    expect(extracted.kind).toBe('pdf');
    expect(extracted.text).toContain('Revenue grew by 12 percent in Osaka.');
  });

  it('gives the same hash to the same content under another name', async () => {
    const a = await extractUpload({ filename: 'a.txt', bytes: utf8('same\r\ncontent') });
    const b = await extractUpload({ filename: 'b.md', bytes: utf8('same\ncontent\n') });
    expect(a.contentHash).toBe(b.contentHash);
  });

  it('refuses other types, naming the accepted ones', async () => {
    const error = await rejection(extractUpload({ filename: 'photo.png', bytes: utf8('x') }));
    expect(error.code).toBe('upload-type-unsupported');
    expect(error.status).toBe(415);
    expect(error.localized.en).toContain('photo.png');
    expect(error.fix.ja).toContain('.pdf');
  });

  it('refuses files over 10 MB before reading them', async () => {
    const error = await rejection(extractUpload({ filename: 'big.txt', bytes: new Uint8Array(MAX_UPLOAD_BYTES + 1) }));
    expect(error.code).toBe('upload-too-large');
    expect(error.status).toBe(413);
    expect(error.localized.ja).toContain('10 MB');
  });

  it('accepts exactly 10 MB (with room for that much text)', async () => {
    const bytes = new Uint8Array(MAX_UPLOAD_BYTES).fill(0x61);
    const limits = { ...DEFAULT_UPLOAD_LIMITS, maxCharacters: MAX_UPLOAD_BYTES };
    expect((await extractUpload({ filename: 'a.txt', bytes }, limits)).sizeBytes).toBe(MAX_UPLOAD_BYTES);
  });

  it('refuses text that is not UTF-8 (Shift_JIS) with a bilingual fix', async () => {
    const shiftJis = new Uint8Array([0x82, 0xa0, 0x82, 0xa2, 0x82, 0xa4]); // あいう in Shift_JIS
    const error = await rejection(extractUpload({ filename: 'sjis.txt', bytes: shiftJis }));
    expect(error.code).toBe('upload-unreadable');
    expect(error.fix.ja).toContain('UTF-8');
    expect(error.fix.en).toContain('UTF-8');
  });

  it('refuses empty files and damaged PDFs', async () => {
    expect((await rejection(extractUpload({ filename: 'empty.md', bytes: utf8(' \n') }))).code).toBe('upload-empty');
    const broken = await rejection(extractUpload({ filename: 'broken.pdf', bytes: utf8('%PDF-1.4 not really') }));
    expect(broken.code).toBe('upload-unreadable');
  });
});
