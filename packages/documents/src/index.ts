export { type ChunkOptions, chunkText, DEFAULT_CHUNK_OVERLAP, DEFAULT_CHUNK_SIZE } from './chunk.ts';
export { DocumentsError, type DocumentsErrorCode, maskDatabaseUrl } from './errors.ts';
export { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from './limits.ts';
export type { EmbeddingSpace } from './schema.ts';
export {
  type DocumentAccessRecord,
  type DocumentStore,
  type DocumentSummary,
  type DocumentUser,
  type Embedder,
  type EmbedFn,
  MAX_SEARCH_RESULTS,
  openDocumentStore,
  type SearchHit,
  type StoreOptions,
} from './store.ts';
export { type DocumentKind, extractUpload, MAX_UPLOAD_BYTES, MEDIA_TYPES, type UploadInput } from './upload.ts';
export { readUploadRequest } from './upload-request.ts';
export type { AuthorizeFn, RetrieveOptions } from './vector-search.ts';
