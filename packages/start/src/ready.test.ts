import { describe, expect, it } from 'vitest';
import { APPS } from './apps.ts';
import { type ReadyInfo, readyBlock } from './ready.ts';

const offline = (lang: 'ja' | 'en'): ReadyInfo => ({
  lang,
  apps: APPS.map((spec) => ({ spec, url: `http://localhost:${spec.defaultPort}` })),
  bedrock: { mode: 'emulator', region: 'us-east-1', chatModelId: 'x', emulatorUrl: 'http://127.0.0.1:4010' },
  auth0: { mode: 'dev', domain: 'localhost:4455', issuer: 'http://localhost:4455' },
  fga: { mode: 'dev', apiUrl: 'http://localhost:8080', devFgaUrl: 'http://localhost:8080' },
  seconds: 42.4,
});

describe('the ready block', () => {
  it.each(['ja', 'en'] as const)('names every URL, the mode and what to try first (%s)', (lang) => {
    const block = readyBlock(offline(lang));
    expect(block).toContain('http://localhost:3000/');
    expect(block).toContain('http://localhost:3001/');
    expect(block).toContain(`http://localhost:4321/${lang}/`);
    expect(block).toContain('http://127.0.0.1:4010');
    expect(block).toContain('http://localhost:4455');
    expect(block).toMatch(/dev-fga ?[（(]http:\/\/localhost:8080/);
    expect(block).toContain('42');
    for (const spec of APPS) {
      expect(block).toContain(spec.title[lang]);
      expect(block).toContain(spec.tryFirst[lang]);
    }
    expect(block).toContain('npm run doctor');
    expect(block).toContain('Ctrl+C');
  });

  it('speaks one language at a time', () => {
    expect(readyBlock(offline('en'))).not.toMatch(/[\u3040-\u30ff]/);
    expect(readyBlock(offline('ja'))).toContain('オフラインデモ');
    expect(readyBlock(offline('ja'))).toContain('ローカルの開発用 ID プロバイダー');
  });

  it('names the region and model when the answers come from Amazon Bedrock, and the tenant', () => {
    const block = readyBlock({
      ...offline('en'),
      bedrock: { mode: 'aws', region: 'ap-northeast-1', chatModelId: 'jp.anthropic.claude-sonnet-4-5-20250929-v1:0' },
      auth0: { mode: 'tenant', domain: 'example.jp.auth0.com' },
    });
    expect(block).toContain('Amazon Bedrock (ap-northeast-1, jp.anthropic.claude-sonnet-4-5-20250929-v1:0)');
    expect(block).toContain('Auth0 tenant (example.jp.auth0.com)');
    expect(block).not.toContain('offline demo');
  });
});
