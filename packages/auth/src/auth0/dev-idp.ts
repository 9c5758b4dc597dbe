// ensureDevIdp(): for a sample's dev startup. Separate entry point (`@repo/auth/auth0/dev-idp`) so the Next.js
// bundle of an app never pulls in the issuer itself.

import type { Config } from '@repo/config';
import { DevIdpError, startDevIdp } from '@repo/dev-idp';
import { Auth0SetupError } from './errors.ts';

type Probe = 'dev-idp' | 'nothing' | 'something-else';

async function probe(issuerBaseUrl: string): Promise<Probe> {
  let response: Response;
  try {
    response = await fetch(`${issuerBaseUrl}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(3000) });
  } catch {
    return 'nothing';
  }
  const body = (await response.json().catch(() => undefined)) as { issuer?: unknown } | undefined;
  const issuer = typeof body?.issuer === 'string' ? body.issuer.replace(/\/$/, '') : undefined;
  return response.ok && issuer === issuerBaseUrl.replace(/\/$/, '') ? 'dev-idp' : 'something-else';
}

function portTaken(config: Pick<Config, 'auth0'>): Auth0SetupError {
  const { devIdpPort: port } = config.auth0;
  return new Auth0SetupError('dev-idp-port-taken', {
    ja: `ローカルの開発用 ID プロバイダーのポート ${port} を、別のプログラムが使っています。そのプログラムを止めるか、DEV_IDP_PORT に空いているポート番号を設定してください。`,
    en: `Another program is using port ${port}, the development issuer's port. Stop it, or set DEV_IDP_PORT to a free port.`,
  });
}

/**
 * In dev mode, makes sure the development issuer answers on its port: reuses one that is already running
 * (another sample may have started it), else starts it in this process. Returns a function that stops only
 * what this call started. In tenant mode it does nothing.
 */
export async function ensureDevIdp(config: Pick<Config, 'auth0'>): Promise<() => Promise<void>> {
  const nothingToStop = async () => {};
  if (config.auth0.mode !== 'dev') return nothingToStop;

  const found = await probe(config.auth0.issuerBaseUrl);
  if (found === 'dev-idp') return nothingToStop;
  if (found === 'something-else') throw portTaken(config);

  try {
    const idp = await startDevIdp({ port: config.auth0.devIdpPort });
    return () => idp.close();
  } catch (error) {
    // Two samples starting at once: the other one won the port.
    if (error instanceof DevIdpError && error.code === 'dev-idp-port-in-use') {
      if ((await probe(config.auth0.issuerBaseUrl)) === 'dev-idp') return nothingToStop;
      throw portTaken(config);
    }
    throw error;
  }
}
