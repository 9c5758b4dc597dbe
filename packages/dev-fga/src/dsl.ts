// Models are written in OpenFGA's DSL (`.fga` files); the API takes JSON. The conversion is OpenFGA's own.
import { transformer } from '@openfga/syntax-transformer';

export interface ModelJson {
  schema_version: string;
  type_definitions: unknown[];
  conditions?: Record<string, unknown>;
}

/** The JSON body of WriteAuthorizationModel for a model in the DSL. Throws OpenFGA's syntax errors. */
export function modelFromDsl(dsl: string): ModelJson {
  return transformer.transformDSLToJSONObject(dsl) as unknown as ModelJson;
}
