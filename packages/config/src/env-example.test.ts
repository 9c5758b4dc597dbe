import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEnvExample } from './env-example.ts';
import { checkEnvText } from './env-text.ts';
import { findProjectRoot } from './node.ts';
import { parseEnv } from './parse-env.ts';
import { resolveConfig } from './resolve.ts';
import { ENV_VARIABLES } from './variables.ts';

const root = findProjectRoot(import.meta.dirname) as string;
const committed = readFileSync(join(root, '.env.example'), 'utf8');

describe('.env.example', () => {
  it('is up to date with the variable definitions (run `pnpm --filter @repo/config gen:env-example`)', () => {
    expect(committed).toBe(renderEnvExample());
  });

  it('mentions every variable, with a Japanese and an English comment', () => {
    for (const v of ENV_VARIABLES) {
      expect(committed).toMatch(new RegExp(`^(# )?${v.name}=`, 'm'));
      expect(committed).toContain(v.description.ja);
      expect(committed).toContain(v.description.en);
    }
  });

  it('runs offline as it is: no credential is active, the emulator and the dev issuer are chosen', () => {
    const parsed = parseEnv(committed);
    for (const v of ENV_VARIABLES.filter((v) => v.secret)) expect(parsed.values[v.name]).toBeUndefined();
    const { config } = resolveConfig(parsed.values);
    expect(config?.bedrock.mode).toBe('emulator');
    expect(config?.auth0.mode).toBe('dev');
    expect(checkEnvText(committed).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('uncommenting every example line gives a file without errors except the empty secrets', () => {
    const uncommented = committed.replace(/^# ([A-Z0-9_]+=)/gm, '$1');
    const errors = checkEnvText(uncommented).filter((f) => f.severity === 'error');
    // Secret lines are empty in the example, so the tenant variables are reported as missing.
    expect(errors.every((f) => f.code === 'auth0-variable-missing')).toBe(true);
  });
});
