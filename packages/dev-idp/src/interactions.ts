// The sign-in and consent screens oidc-provider hands over to (`interactions.url`), served on plain node:http.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { DEV_CLIENT_NAME } from './client.ts';
import { readForm, sendHtml } from './http.ts';
import { type Lang, pickLang } from './i18n.ts';
import { MESSAGES } from './messages.ts';
import { OIDC_SCOPES } from './provider.ts';
import { consentScreen, errorScreen, loginScreen } from './screens.ts';
import { authenticate, findUserBySub } from './users.ts';

const INTERACTION_PATH = /^\/interaction\/([\w-]+)(?:\/(login|confirm|abort))?$/;

type Details = Awaited<ReturnType<Provider['interactionDetails']>>;

export function isInteractionPath(pathname: string): boolean {
  return INTERACTION_PATH.test(pathname);
}

function langFor(req: IncomingMessage, url: URL, details?: Details): Lang {
  const uiLocales = details?.params.ui_locales;
  return pickLang({
    explicit: url.searchParams.get('lang') ?? undefined,
    uiLocales: typeof uiLocales === 'string' ? uiLocales : undefined,
    acceptLanguage: req.headers['accept-language'],
  });
}

function scopesOf(details: Details): string[] {
  return String(details.params.scope ?? '')
    .split(' ')
    .filter(Boolean);
}

/** What every step of one interaction needs. */
interface Step {
  provider: Provider;
  req: IncomingMessage;
  res: ServerResponse;
  details: Details;
  lang: Lang;
  /** `/interaction/<uid>` */
  base: string;
  url: URL;
  /** Keeps the user's explicit language choice on form posts. */
  langQuery: string;
  links: { abortUrl: string; langLinks: Record<Lang, string> };
}

/** Handles `/interaction/:uid[/login|/confirm|/abort]`. */
export async function handleInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const [, uid, action] = INTERACTION_PATH.exec(url.pathname) ?? [];
  let details: Details;
  try {
    details = await provider.interactionDetails(req, res);
  } catch {
    sendHtml(res, 400, errorScreen({ lang: langFor(req, url), lead: MESSAGES.interactionExpired }));
    return;
  }
  const lang = langFor(req, url, details);
  const base = `/interaction/${uid}`;
  const step: Step = {
    provider,
    req,
    res,
    details,
    lang,
    base,
    url,
    langQuery: url.searchParams.has('lang') ? `?lang=${lang}` : '',
    links: { abortUrl: `${base}/abort`, langLinks: { ja: `${base}?lang=ja`, en: `${base}?lang=en` } },
  };

  if (action === 'abort') {
    await provider.interactionFinished(req, res, {
      error: 'access_denied',
      error_description: 'The user cancelled the sign-in.',
    });
  } else if (details.prompt.name === 'login') {
    await (action === 'login' && req.method === 'POST' ? submitLogin(step) : showLogin(step));
  } else if (details.prompt.name === 'consent') {
    await (action === 'confirm' && req.method === 'POST' ? submitConsent(step) : showConsent(step));
  } else {
    sendHtml(res, 400, errorScreen({ lang, lead: MESSAGES.interactionExpired }));
  }
}

function showLogin(step: Step, failed?: { email: string }): void {
  const screenHint = (step.details.params as { screen_hint?: unknown }).screen_hint;
  const screen = loginScreen({
    lang: step.lang,
    clientName: DEV_CLIENT_NAME,
    action: `${step.base}/login${step.langQuery}`,
    signUp: screenHint === 'signup' || step.url.searchParams.has('signup'),
    signUpUrl: `${step.base}?signup&lang=${step.lang}`,
    ...step.links,
    ...(failed ? { failed: true, email: failed.email } : {}),
  });
  sendHtml(step.res, failed ? 401 : 200, screen);
}

async function submitLogin(step: Step): Promise<void> {
  const form = await readForm(step.req);
  const email = form.get('email') ?? '';
  const user = authenticate(email, form.get('password') ?? '');
  if (!user) {
    showLogin(step, { email });
    return;
  }
  await step.provider.interactionFinished(step.req, step.res, { login: { accountId: user.sub } });
}

function showConsent(step: Step): void {
  const { details } = step;
  const apis = requestedApis(details);
  const screen = consentScreen({
    lang: step.lang,
    clientName: DEV_CLIENT_NAME,
    userName: findUserBySub(details.session?.accountId ?? '')?.name ?? '',
    // With an API, its scopes are listed under it rather than on their own.
    scopes: apis.length ? scopesOf(details).filter((scope) => OIDC_SCOPES.includes(scope)) : scopesOf(details),
    apis,
    action: `${step.base}/confirm${step.langQuery}`,
    ...step.links,
  });
  sendHtml(step.res, 200, screen);
}

async function submitConsent(step: Step): Promise<void> {
  await readForm(step.req);
  const grantId = await saveGrant(step.provider, step.details);
  await step.provider.interactionFinished(
    step.req,
    step.res,
    { consent: { grantId } },
    { mergeWithLastSubmission: true },
  );
}

/** The API (audience) asked for, with the non-OpenID scopes that go with it. */
function requestedApis(details: Details): { audience: string; scopes: string[] }[] {
  const { audience, resource } = details.params as { audience?: unknown; resource?: unknown };
  const indicator = typeof audience === 'string' && audience ? audience : typeof resource === 'string' ? resource : '';
  if (!indicator) return [];
  return [{ audience: indicator, scopes: scopesOf(details).filter((scope) => !OIDC_SCOPES.includes(scope)) }];
}

/** Records what the user agreed to: the requested OpenID scopes and claims, and each API's scopes. */
async function saveGrant(provider: Provider, details: Details): Promise<string> {
  const accountId = details.session?.accountId ?? '';
  const clientId = String(details.params.client_id);
  const grant = details.grantId
    ? ((await provider.Grant.find(details.grantId)) ?? new provider.Grant({ accountId, clientId }))
    : new provider.Grant({ accountId, clientId });
  const prompt = details.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  grant.addOIDCScope(
    scopesOf(details)
      .filter((scope) => OIDC_SCOPES.includes(scope))
      .join(' '),
  );
  if (prompt.missingOIDCClaims) grant.addOIDCClaims(prompt.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(prompt.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '));
  }
  return grant.save();
}
