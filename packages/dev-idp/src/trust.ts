// For apps and tests that call the dev issuer with Auth0's server-side libraries, which always use
// `https://{domain}`: trust the issuer's per-start certificate in this process. Loopback issuers only.

import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { isLoopbackHost } from './loopback.ts';
import { CERTIFICATE_PATH } from './paths.ts';

/**
 * Fetches the running dev issuer's certificate (over loopback) and adds it to this process's trusted
 * certificates, next to the usual ones. Returns the certificate's PEM. Throws for a non-loopback issuer.
 */
export async function trustDevIdp(issuer: string): Promise<string> {
  const url = new URL(CERTIFICATE_PATH, issuer);
  if (!isLoopbackHost(url.hostname)) throw new Error(`trustDevIdp: ${issuer} is not a loopback issuer`);
  const res = await fetch(url);
  const pem = (await res.text()).trim();
  if (!res.ok || !pem.startsWith('-----BEGIN CERTIFICATE-----')) {
    throw new Error(`trustDevIdp: ${url} did not answer with a certificate (HTTP ${res.status})`);
  }
  const current = getCACertificates('default');
  if (!current.some((cert) => cert.trim() === pem)) setDefaultCACertificates([...current, pem]);
  return pem;
}
