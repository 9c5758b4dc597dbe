// PDFs built to hurt a server, made by the tests (no binary fixtures): many pages, or a content stream that
// inflates from a few kilobytes to many megabytes of text operators (a "PDF bomb").
import { deflateSync } from 'node:zlib';

function assemble(objects: readonly Uint8Array[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [encoder.encode('%PDF-1.4\n')];
  let length = parts[0]?.byteLength ?? 0;
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(length);
    for (const part of [encoder.encode(`${i + 1} 0 obj\n`), body, encoder.encode('\nendobj\n')]) {
      parts.push(part);
      length += part.byteLength;
    }
  }
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`];
  for (const offset of offsets) xref.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  parts.push(encoder.encode(xref.join('')));
  return Buffer.concat(parts);
}

const text = (s: string) => new TextEncoder().encode(s);
const FONT = text('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');

/** `pages` pages, each saying its number. */
export function pdfWithPages(pages: number): Uint8Array {
  const first = 4; // objects 1-3: catalog, pages, font
  const kids = Array.from({ length: pages }, (_, i) => `${first + i * 2} 0 R`).join(' ');
  const objects = [
    text('<< /Type /Catalog /Pages 2 0 R >>'),
    text(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`),
    FONT,
  ];
  for (let i = 0; i < pages; i++) {
    const content = `BT /F1 12 Tf 72 720 Td (Page ${i + 1}) Tj ET`;
    objects.push(
      text(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${first + i * 2 + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
      ),
      text(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`),
    );
  }
  return assemble(objects);
}

/** One page whose Flate-compressed content stream inflates to about `inflatedBytes` of text operators. */
export function pdfBomb(inflatedBytes: number): Uint8Array {
  const line = '(All work and no play makes a dull document.) Tj 0 -14 Td\n';
  const content = `BT /F1 12 Tf 72 720 Td\n${line.repeat(Math.ceil(inflatedBytes / line.length))}ET`;
  const compressed = deflateSync(content, { level: 9 });
  return assemble([
    text('<< /Type /Catalog /Pages 2 0 R >>'),
    text('<< /Type /Pages /Kids [4 0 R] /Count 1 >>'),
    FONT,
    text(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 3 0 R >> >> >>',
    ),
    Buffer.concat([
      text(`<< /Length ${compressed.byteLength} /Filter /FlateDecode >>\nstream\n`),
      compressed,
      text('\nendstream'),
    ]),
  ]);
}
