// The warm-up requests `npm start` makes are ones the samples accept: every body passes the sample's own request
// check (its src/lib/chat/request.ts, imported, not copied), and every path is a page or route of the app with
// the method. A change to a route's body shape fails here instead of turning the warm-up into a silent 400.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkChatRequest as checkLangChainChat } from '../../../apps/langchain-sample/src/lib/chat/request.ts';
import {
  checkUIMessages,
  checkChatRequest as checkVercelChat,
} from '../../../apps/vercel-ai-sample/src/lib/chat/request.ts';
import { TOOL_SUGGESTIONS } from '../../ui/src/i18n/suggestions.ts';
import { APPS, type AppName } from './apps.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** What a route says about a body: undefined when it takes it, else why not. */
type BodyCheck = (body: unknown) => Promise<string | undefined>;

const why = (checked: { ok: true } | { ok: false; detail?: { en: string }; code?: string }) =>
  checked.ok ? undefined : (checked.detail?.en ?? checked.code ?? 'refused');

/** Each sample route that takes a body, checked as the route checks it (in the route's order). */
const BODY_CHECKS: Partial<Record<AppName, Record<string, BodyCheck>>> = {
  'vercel-ai-sample': {
    '/api/chat': async (body) => {
      const checked = checkVercelChat(body);
      if (!checked.ok) return why(checked);
      // The AI SDK's own check of the messages (no tool parts here, so no tools are needed).
      const messages = await checkUIMessages(checked.value.messages, {});
      return messages.ok ? undefined : (await messages.response.text()).slice(0, 300);
    },
  },
  'langchain-sample': {
    '/api/chat': async (body) => why(checkLangChainChat(body)),
  },
};

const withBody = APPS.flatMap((app) =>
  app.warmUp.filter((request) => request.body !== undefined).map((request) => [app.name, request] as const),
);

/** The Next.js files that answer `path` (pages and route handlers; /auth/* is the Auth0 SDK's middleware). */
function nextFiles(dir: string, path: string): string[] {
  const base = join(ROOT, dir, 'src/app', path);
  return ['page.tsx', 'route.ts'].map((file) => join(base, file)).filter((file) => existsSync(file));
}

describe('the warm-up requests of npm start', () => {
  it('send a body only where a sample check for it exists', () => {
    expect(withBody.length).toBeGreaterThan(0);
    for (const [app, request] of withBody)
      expect(BODY_CHECKS[app]?.[request.path], `${app} ${request.path}`).toBeDefined();
  });

  it.each(withBody.map(([app, request]) => [app, `${request.method} ${request.path}`, request] as const))(
    '%s: the body of %s passes the route’s own request check',
    async (app, _name, request) => {
      const check = BODY_CHECKS[app]?.[request.path] as BodyCheck;
      expect(await check(request.body)).toBeUndefined();
    },
  );

  it('checks what it should: a body of the other sample’s shape is refused by each', async () => {
    const bodies = Object.fromEntries(withBody.map(([app, request]) => [app, request.body]));
    expect(await BODY_CHECKS['vercel-ai-sample']?.['/api/chat']?.(bodies['langchain-sample'])).toEqual(
      expect.any(String),
    );
    expect(await BODY_CHECKS['langchain-sample']?.['/api/chat']?.(bodies['vercel-ai-sample'])).toEqual(
      expect.any(String),
    );
  });

  it.each(
    APPS.filter((app) => app.kind === 'next').flatMap((app) =>
      app.warmUp
        .filter((request) => !request.path.startsWith('/auth/'))
        .map((request) => [app.name, `${request.method} ${request.path}`, request, app.dir] as const),
    ),
  )('%s: %s reaches a page or route that answers the method', (_app, _name, request, dir) => {
    const files = nextFiles(dir, request.path);
    expect(files, request.path).not.toEqual([]);
    const answers = files.some((file) =>
      file.endsWith('page.tsx')
        ? request.method === 'GET'
        : new RegExp(`export (?:async )?function ${request.method}\\b`).test(readFileSync(file, 'utf8')),
    );
    expect(answers, `${request.method} ${request.path}`).toBe(true);
  });

  it('names, in what to try first, only questions the empty chat offers as they are written there', () => {
    const offered = new Set(Object.values(TOOL_SUGGESTIONS).flatMap((text) => [text.ja, text.en]));
    const named = APPS.filter((app) => app.kind === 'next').flatMap((app) =>
      [app.tryFirst.ja, app.tryFirst.en].flatMap((text) => [...text.matchAll(/「([^」]+)」|"([^"]+)"/g)]),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const match of named) expect(offered).toContain(match[1] ?? match[2]);
  });
});
