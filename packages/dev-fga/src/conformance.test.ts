// OpenFGA's own consolidated test suite (conformance/, vendored with its licence) against dev-fga, through
// @openfga/sdk over a real socket. Like OpenFGA's runners (tests/check, tests/listobjects, tests/listusers), every
// test runs twice: tuples written to the store, and tuples sent as contextual tuples (single-stage tests with at
// most 100 tuples); objects and users that list-objects / list-users return are checked to be allowed as well.
// Tests that need a feature dev-fga does not implement are skipped by name of the feature, and listed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FgaApiError, OpenFgaClient, type TupleKey } from '@openfga/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { modelFromDsl } from './dsl.ts';
import { ERROR_CODES } from './errors.ts';
import { type DevFga, startDevFga } from './server.ts';

interface Assertion {
  tuple?: TupleKey;
  request?: {
    user?: string;
    type?: string;
    relation: string;
    object?: string;
    filters?: string[];
  };
  contextualTuples?: TupleKey[];
  context?: unknown;
  expectation?: boolean | string[] | null;
  errorCode?: number;
}

interface Stage {
  model: string;
  tuples?: TupleKey[];
  checkAssertions?: Assertion[];
  listObjectsAssertions?: Assertion[];
  listUsersAssertions?: Assertion[];
}

interface SuiteTest {
  name: string;
  stages: Stage[];
}

const SUITE_FILES = ['consolidated_1_1_tests.yaml', 'abac_tests.yaml'];
const folder = join(import.meta.dirname, '..', 'conformance');

/** Features dev-fga refuses, and how to recognise a test that needs one. */
const UNSUPPORTED_FEATURES: { feature: string; needs: (test: SuiteTest) => boolean }[] = [
  {
    feature: 'conditions (CEL)',
    needs: (test) =>
      test.stages.some(
        (s) =>
          /^\s*condition\s/m.test(s.model) ||
          [...(s.checkAssertions ?? []), ...(s.listObjectsAssertions ?? []), ...(s.listUsersAssertions ?? [])].some(
            (a) => a.context !== undefined,
          ),
      ),
  },
];

const tests: (SuiteTest & { file: string })[] = SUITE_FILES.flatMap((file) =>
  (parse(readFileSync(join(folder, file), 'utf8')) as { tests: SuiteTest[] }).tests.map((t) => ({ ...t, file })),
);

const NUMBER_OF = ERROR_CODES as Record<string, number>;
const tally = { assertions: 0, passed: 0, skippedTests: new Map<string, string[]>() };

let fga: DevFga;
let client: OpenFgaClient;

beforeAll(async () => {
  fga = await startDevFga({ port: 0 });
  client = new OpenFgaClient({ apiUrl: fga.url, credentials: undefined, retryParams: { maxRetry: 0 } });
});

afterAll(async () => {
  await fga?.close();
  const skipped = [...tally.skippedTests].map(
    ([feature, names]) => `  ${feature}: ${names.length} tests (${names.join(', ')})`,
  );
  console.log(
    [
      `OpenFGA consolidated suite against dev-fga: ${tally.passed} of ${tally.assertions} assertions passed`,
      skipped.length ? `Skipped by feature:\n${skipped.join('\n')}` : 'Skipped: none',
    ].join('\n'),
  );
});

/** The error code number an SDK call failed with, or undefined when it succeeded. */
async function outcome<T>(call: () => Promise<T>): Promise<{ value?: T; code?: number }> {
  try {
    return { value: await call() };
  } catch (error) {
    const code = error instanceof FgaApiError ? (error as { apiErrorCode?: string }).apiErrorCode : undefined;
    if (code) return { code: NUMBER_OF[code] ?? -1 };
    throw error;
  }
}

const sorted = (values: string[] | null | undefined) => [...(values ?? [])].sort();

function userString(u: {
  object?: { type: string; id: string };
  userset?: { type: string; id: string; relation: string };
  wildcard?: { type: string };
}): string {
  if (u.wildcard) return `${u.wildcard.type}:*`;
  if (u.userset) return `${u.userset.type}:${u.userset.id}#${u.userset.relation}`;
  return `${u.object?.type}:${u.object?.id}`;
}

async function runStage(storeId: string, stage: Stage, contextual: boolean): Promise<string[]> {
  const failures: string[] = [];
  const options = { storeId };
  const { authorization_model_id: modelId } = await client.writeAuthorizationModel(
    modelFromDsl(stage.model) as Parameters<OpenFgaClient['writeAuthorizationModel']>[0],
    options,
  );
  const withModel = { storeId, authorizationModelId: modelId };
  const tuples = stage.tuples ?? [];
  if (!contextual) {
    for (let i = 0; i < tuples.length; i += 40) {
      await client.write({ writes: tuples.slice(i, i + 40) }, withModel);
    }
  }
  const contextOf = (a: Assertion) => [...(a.contextualTuples ?? []), ...(contextual ? tuples : [])];
  const record = (ok: boolean, what: string) => {
    tally.assertions++;
    if (ok) tally.passed++;
    else failures.push(what);
  };
  const expectError = (got: { code?: number }, a: Assertion, what: string) =>
    record(got.code === a.errorCode, `${what}: expected error ${a.errorCode}, got ${got.code ?? 'success'}`);

  for (const a of stage.checkAssertions ?? []) {
    const t = a.tuple as TupleKey;
    const what = `check ${t.object}#${t.relation}@${t.user}`;
    const got = await outcome(() => client.check({ ...t, contextualTuples: contextOf(a) }, withModel));
    if (a.errorCode) expectError(got, a, what);
    else
      record(
        got.value?.allowed === a.expectation,
        `${what}: expected ${a.expectation}, got ${got.value?.allowed ?? `error ${got.code}`}`,
      );
  }
  for (const a of stage.listObjectsAssertions ?? []) {
    const r = a.request as Required<Pick<NonNullable<Assertion['request']>, 'user' | 'type' | 'relation'>>;
    const what = `list-objects ${r.type}#${r.relation}@${r.user}`;
    const got = await outcome(() =>
      client.listObjects(
        { user: r.user, type: r.type, relation: r.relation, contextualTuples: contextOf(a) },
        withModel,
      ),
    );
    if (a.errorCode) {
      expectError(got, a, what);
      continue;
    }
    const objects = sorted(got.value?.objects);
    let ok = got.code === undefined && JSON.stringify(objects) === JSON.stringify(sorted(a.expectation as string[]));
    for (const object of objects) {
      const check = await client.check(
        { user: r.user, relation: r.relation, object, contextualTuples: contextOf(a) },
        withModel,
      );
      ok &&= check.allowed === true;
    }
    record(
      ok,
      `${what}: expected [${sorted(a.expectation as string[])}], got ${got.code ? `error ${got.code}` : `[${objects}]`}`,
    );
  }
  for (const a of stage.listUsersAssertions ?? []) {
    const r = a.request as Required<Pick<NonNullable<Assertion['request']>, 'object' | 'relation' | 'filters'>>;
    const [type = '', id = ''] = r.object.split(':');
    const filters = r.filters.map((f) => {
      const [filterType = '', relation] = f.split('#');
      return relation ? { type: filterType, relation } : { type: filterType };
    });
    const what = `list-users ${r.object}#${r.relation} [${r.filters}]`;
    const got = await outcome(() =>
      client.listUsers(
        { object: { type, id }, relation: r.relation, user_filters: filters, contextualTuples: contextOf(a) },
        withModel,
      ),
    );
    if (a.errorCode) {
      expectError(got, a, what);
      continue;
    }
    const users = sorted(got.value?.users.map(userString));
    let ok = got.code === undefined && JSON.stringify(users) === JSON.stringify(sorted(a.expectation as string[]));
    for (const user of users) {
      const check = await client.check(
        { user, relation: r.relation, object: r.object, contextualTuples: contextOf(a) },
        withModel,
      );
      ok &&= check.allowed === true;
    }
    record(
      ok,
      `${what}: expected [${sorted(a.expectation as string[])}], got ${got.code ? `error ${got.code}` : `[${users}]`}`,
    );
  }
  return failures;
}

describe('OpenFGA consolidated tests through @openfga/sdk', () => {
  for (const test of tests) {
    const missing = UNSUPPORTED_FEATURES.find((f) => f.needs(test));
    if (missing) {
      const names = tally.skippedTests.get(missing.feature) ?? [];
      names.push(test.name);
      tally.skippedTests.set(missing.feature, names);
      it.skip(`${test.name} (needs ${missing.feature})`, () => {});
      continue;
    }
    for (const contextual of [false, true]) {
      const single = test.stages.length === 1 && (test.stages[0]?.tuples?.length ?? 0) <= 100;
      if (contextual && !single) continue; // as OpenFGA's runners: multi-stage tests rely on stored tuples
      it(`${test.name}${contextual ? ' (contextual tuples)' : ''}`, async () => {
        const { id: storeId } = await client.createStore({ name: test.name.slice(0, 60).padEnd(3, '_') });
        const failures: string[] = [];
        for (const [i, stage] of test.stages.entries()) {
          for (const failure of await runStage(storeId, stage, contextual)) failures.push(`stage ${i}: ${failure}`);
        }
        expect(failures).toEqual([]);
      });
    }
  }
});
