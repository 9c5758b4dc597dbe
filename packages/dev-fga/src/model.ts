// Authorization models (schema 1.1) as OpenFGA's JSON carries them, normalised (the API accepts camelCase and
// snake_case field names), validated with OpenFGA's rules, and indexed for evaluation.
import { FgaError } from './errors.ts';

export interface RelationReference {
  type: string;
  relation?: string;
  wildcard?: Record<string, never>;
  condition?: string;
}

export type Userset =
  | { this: Record<string, never> }
  | { computedUserset: { object?: string; relation: string } }
  | {
      tupleToUserset: {
        tupleset: { object?: string; relation: string };
        computedUserset: { object?: string; relation: string };
      };
    }
  | { union: { child: Userset[] } }
  | { intersection: { child: Userset[] } }
  | { difference: { base: Userset; subtract: Userset } };

export interface TypeDefinition {
  type: string;
  relations?: Record<string, Userset>;
  metadata?: { relations?: Record<string, { directly_related_user_types?: RelationReference[] }> | null } | null;
}

export interface AuthorizationModel {
  id: string;
  schema_version: string;
  type_definitions: TypeDefinition[];
  conditions?: Record<string, unknown>;
}

const NAME = /^[^:#@\s]{1,254}$/;
const invalid = (message: string) => new FgaError('invalid_authorization_model', message);

type Json = Record<string, unknown>;

function pick(node: Json, ...names: string[]): unknown {
  for (const name of names) if (node[name] !== undefined && node[name] !== null) return node[name];
  return undefined;
}

/** One rewrite, from either JSON spelling into the canonical (camelCase, as @openfga/sdk types it) form. */
function normalizeUserset(raw: unknown, where: string): Userset {
  if (!raw || typeof raw !== 'object') throw invalid(`the relation ${where} has an empty rewrite`);
  const node = raw as Json;
  if (node.this !== undefined && node.this !== null) return { this: {} };
  const computed = pick(node, 'computedUserset', 'computed_userset') as Json | undefined;
  if (computed) return { computedUserset: { relation: String(computed.relation ?? '') } };
  const ttu = pick(node, 'tupleToUserset', 'tuple_to_userset') as Json | undefined;
  if (ttu) {
    const tupleset = (ttu.tupleset ?? {}) as Json;
    const target = (pick(ttu, 'computedUserset', 'computed_userset') ?? {}) as Json;
    return {
      tupleToUserset: {
        tupleset: { relation: String(tupleset.relation ?? '') },
        computedUserset: { relation: String(target.relation ?? '') },
      },
    };
  }
  for (const op of ['union', 'intersection'] as const) {
    const set = node[op] as Json | undefined;
    if (set) {
      const children = Array.isArray(set.child) ? set.child : [];
      if (children.length === 0) throw invalid(`the relation ${where} has an empty ${op}`);
      return { [op]: { child: children.map((c) => normalizeUserset(c, where)) } } as Userset;
    }
  }
  const difference = node.difference as Json | undefined;
  if (difference) {
    return {
      difference: {
        base: normalizeUserset(difference.base, where),
        subtract: normalizeUserset(difference.subtract, where),
      },
    };
  }
  throw invalid(`the relation ${where} has an empty rewrite`);
}

/** The request body of WriteAuthorizationModel, checked like OpenFGA's typesystem validation. */
export function parseModel(body: unknown, id: string): AuthorizationModel {
  const input = (body ?? {}) as Json;
  const schema = String(pick(input, 'schema_version', 'schemaVersion') ?? '1.1');
  if (schema !== '1.1') {
    throw new FgaError(
      'invalid_authorization_model',
      `invalid schema version: '${schema}' (dev-fga serves schema 1.1)`,
    );
  }
  const defs = pick(input, 'type_definitions', 'typeDefinitions');
  if (!Array.isArray(defs) || defs.length === 0) {
    throw new FgaError(
      'validation_error',
      'invalid WriteAuthorizationModelRequest.TypeDefinitions: value must contain at least 1 item(s)',
    );
  }
  const conditions = input.conditions as Json | undefined;
  if (conditions && Object.keys(conditions).length > 0) throw conditionsUnsupported();

  const typeDefinitions: TypeDefinition[] = defs.map((raw) => {
    const def = (raw ?? {}) as Json;
    const type = String(def.type ?? '');
    if (!NAME.test(type)) throw new FgaError('validation_error', `invalid type name '${type}'`);
    const relations: Record<string, Userset> = {};
    for (const [name, rewrite] of Object.entries((def.relations ?? {}) as Json)) {
      if (!NAME.test(name)) throw new FgaError('validation_error', `invalid relation name '${name}'`);
      relations[name] = normalizeUserset(rewrite, `'${type}#${name}'`);
    }
    const meta = ((def.metadata as Json | null)?.relations ?? {}) as Json;
    const metaRelations: Record<string, { directly_related_user_types: RelationReference[] }> = {};
    for (const [name, m] of Object.entries(meta)) {
      const refs = (pick((m ?? {}) as Json, 'directly_related_user_types', 'directlyRelatedUserTypes') ?? []) as Json[];
      metaRelations[name] = {
        directly_related_user_types: refs.map((ref) => {
          if (ref.condition) throw conditionsUnsupported();
          const out: RelationReference = { type: String(ref.type ?? '') };
          if (ref.relation) out.relation = String(ref.relation);
          if (ref.wildcard) out.wildcard = {};
          return out;
        }),
      };
    }
    return { type, relations, metadata: { relations: metaRelations } };
  });
  const model: AuthorizationModel = { id, schema_version: '1.1', type_definitions: typeDefinitions };
  validateModel(new TypeSystem(model));
  return model;
}

export function conditionsUnsupported(): FgaError {
  return new FgaError(
    'validation_error',
    'dev-fga does not evaluate conditions (CEL): remove the conditions and the `with` clauses from the model, or use an OpenFGA server',
  );
}

/** A model indexed for evaluation. */
export class TypeSystem {
  readonly types = new Map<string, Map<string, Userset>>();
  private readonly restrictions = new Map<string, RelationReference[]>();

  constructor(readonly model: AuthorizationModel) {
    for (const def of model.type_definitions) {
      if (this.types.has(def.type)) throw invalid(`the type '${def.type}' is defined more than once`);
      this.types.set(def.type, new Map(Object.entries(def.relations ?? {})));
      for (const [name, m] of Object.entries(def.metadata?.relations ?? {})) {
        this.restrictions.set(`${def.type}#${name}`, m?.directly_related_user_types ?? []);
      }
    }
  }

  hasType(type: string): boolean {
    return this.types.has(type);
  }

  rewrite(type: string, relation: string): Userset | undefined {
    return this.types.get(type)?.get(relation);
  }

  /** The directly related user types of `type#relation` (empty when it has no `this`). */
  directTypes(type: string, relation: string): RelationReference[] {
    return this.restrictions.get(`${type}#${relation}`) ?? [];
  }

  /** Whether a stored user of this shape may be directly related to `type#relation` under this model. */
  allowsUser(type: string, relation: string, user: ParsedUser): boolean {
    return this.directTypes(type, relation).some((ref) => {
      if (ref.type !== user.type) return false;
      if (user.kind === 'wildcard') return !!ref.wildcard;
      if (user.kind === 'userset') return ref.relation === user.relation;
      return !ref.wildcard && !ref.relation;
    });
  }
}

export interface ParsedUser {
  kind: 'object' | 'wildcard' | 'userset';
  type: string;
  id: string;
  relation?: string;
}

function validateModel(ts: TypeSystem): void {
  for (const [type, relations] of ts.types) {
    for (const [relation, rewrite] of relations) {
      const where = `'${type}#${relation}'`;
      const hasThis = containsThis(rewrite);
      const refs = ts.directTypes(type, relation);
      if (hasThis && refs.length === 0) {
        throw invalid(`the assignable relation ${where} must have at least one directly related user type`);
      }
      if (!hasThis && refs.length > 0) {
        throw invalid(`the relation ${where} lists directly related user types but is not assignable`);
      }
      for (const ref of refs) {
        if (!ts.hasType(ref.type)) throw invalid(`the relation ${where} refers to the unknown type '${ref.type}'`);
        if (ref.relation && !ts.rewrite(ref.type, ref.relation)) {
          throw invalid(`the relation ${where} refers to the unknown relation '${ref.type}#${ref.relation}'`);
        }
      }
      checkRewrite(ts, type, rewrite, where);
    }
  }
}

function containsThis(u: Userset): boolean {
  if ('this' in u) return true;
  if ('union' in u) return u.union.child.some(containsThis);
  if ('intersection' in u) return u.intersection.child.some(containsThis);
  if ('difference' in u) return containsThis(u.difference.base) || containsThis(u.difference.subtract);
  return false;
}

function checkRewrite(ts: TypeSystem, type: string, u: Userset, where: string): void {
  if ('computedUserset' in u) {
    if (!ts.rewrite(type, u.computedUserset.relation)) {
      throw invalid(`the relation ${where} refers to the undefined relation '${type}#${u.computedUserset.relation}'`);
    }
  } else if ('tupleToUserset' in u) {
    const tupleset = u.tupleToUserset.tupleset.relation;
    const target = u.tupleToUserset.computedUserset.relation;
    const tuplesetRewrite = ts.rewrite(type, tupleset);
    if (!tuplesetRewrite) throw invalid(`the relation ${where} refers to the undefined tupleset '${type}#${tupleset}'`);
    const parents = ts.directTypes(type, tupleset);
    if (!('this' in tuplesetRewrite) || parents.some((p) => p.relation || p.wildcard)) {
      throw invalid(`the tupleset '${type}#${tupleset}' used in ${where} must be directly assignable to objects only`);
    }
    if (!parents.some((p) => ts.rewrite(p.type, target))) {
      throw invalid(`the relation ${where}: no type related through '${tupleset}' defines the relation '${target}'`);
    }
  } else if ('union' in u) {
    for (const c of u.union.child) checkRewrite(ts, type, c, where);
  } else if ('intersection' in u) {
    for (const c of u.intersection.child) checkRewrite(ts, type, c, where);
  } else if ('difference' in u) {
    checkRewrite(ts, type, u.difference.base, where);
    checkRewrite(ts, type, u.difference.subtract, where);
  }
}
