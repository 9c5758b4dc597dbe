export {
  DEV_STORE_NAME,
  type FgaClientParams,
  type FgaConnection,
  fgaConnection,
  fgaDocument,
  fgaSettings,
  fgaUser,
} from './client.ts';
export { type DocumentAccess, type DocumentTuples, documentTuples } from './document-tuples.ts';
export { FgaProblem, type FgaProblemCode, fgaProblem } from './errors.ts';
