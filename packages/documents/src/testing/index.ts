// Test helpers other packages use: a deterministic offline embedder, a Postgres wire-protocol server (PGlite + pgvector over TCP) and a
// PDF builder. Needs `@electric-sql/pglite-socket` as a dev dependency of the package that imports it.
export { hashingEmbedder } from '../hashing-embedder.ts';
export { pdfBomb, pdfWithPages } from './hostile-pdf.ts';
export { minimalPdf } from './minimal-pdf.ts';
export { startWireServer, type WireServer, type WireServerOptions } from './wire-server.ts';
