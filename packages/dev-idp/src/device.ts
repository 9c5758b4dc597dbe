// The device page: the stand-in for Auth0 Guardian push. The signed-in demo user sees the asynchronous-
// authorization requests waiting for them (binding message, app, access asked for, time left) and approves or
// denies each. It shows no token and no request handle; its forms only work from the page itself.

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { PendingRequest, PendingRequests } from './ciba.ts';
import { html, page, SafeHtml } from './html.ts';
import { readForm, redirect, sendHtml } from './http.ts';
import { type Lang, pickLang } from './i18n.ts';
import { format, MESSAGES as M } from './messages.ts';
import { DEVICE_PATH } from './paths.ts';
import { OIDC_SCOPES } from './provider.ts';
import { demoUsersTable, scopeItems } from './screens.ts';
import { authenticate, type DemoUser, findUserBySub } from './users.ts';

const COOKIE = 'dev_idp_device';
const NOTICES = { approved: M.approvedNotice, denied: M.deniedNotice, gone: M.goneNotice } as const;
type Notice = keyof typeof NOTICES;

export interface DeviceDeps {
  provider: Provider;
  pending: PendingRequests;
  answer(sub: string, id: string, approved: boolean): Promise<boolean>;
}

export function isDevicePath(pathname: string): boolean {
  return pathname === DEVICE_PATH || pathname.startsWith(`${DEVICE_PATH}/`);
}

/** The device page's handler; its cookie and form tokens are signed with a key made at every start. */
export function deviceHandler(deps: DeviceDeps) {
  const key = randomBytes(32);
  const sign = (value: string) => createHmac('sha256', key).update(value).digest('base64url');
  const verify = (value: string, mac: string) => {
    const expected = Buffer.from(sign(value));
    const given = Buffer.from(mac);
    return expected.length === given.length && timingSafeEqual(expected, given);
  };
  const csrfToken = (user: DemoUser) => sign(`csrf|${user.sub}`);

  async function currentUser(req: IncomingMessage, res: ServerResponse): Promise<DemoUser | undefined> {
    const cookie = parseCookies(req.headers.cookie)[COOKIE];
    const [sub64, mac] = (cookie ?? '').split('.');
    if (sub64 && mac) {
      const sub = Buffer.from(sub64, 'base64url').toString('utf8');
      if (verify(sub, mac)) return findUserBySub(sub);
    }
    // Someone who signed in to an app through this issuer in the same browser is that user here too.
    const session = await deps.provider.Session.get({ req, res } as unknown as Parameters<
      Provider['Session']['get']
    >[0]);
    return session.accountId ? findUserBySub(session.accountId) : undefined;
  }

  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const lang = pickLang({
      explicit: url.searchParams.get('lang') ?? undefined,
      acceptLanguage: req.headers['accept-language'],
    });
    const back = (notice?: Notice) => {
      const target = new URLSearchParams({ lang, ...(notice ? { done: notice } : {}) });
      redirect(res, `${DEVICE_PATH}?${target}`, 303);
    };

    if (req.method === 'POST') {
      if (!sameOrigin(req)) {
        sendHtml(
          res,
          403,
          page({ lang, title: M.deviceTitle, body: html`<p class="error">${M.crossSiteRefused[lang]}</p>` }),
        );
        return;
      }
      const form = await readForm(req);
      if (url.pathname === `${DEVICE_PATH}/sign-in`) {
        const user = authenticate(form.get('email') ?? '', form.get('password') ?? '');
        if (!user) {
          sendHtml(res, 401, signInPage(lang, true));
          return;
        }
        const cookie = `${Buffer.from(user.sub).toString('base64url')}.${sign(user.sub)}`;
        res.setHeader('set-cookie', `${COOKIE}=${cookie}; Path=${DEVICE_PATH}; HttpOnly; SameSite=Strict`);
        back();
        return;
      }
      const user = await currentUser(req, res);
      const token = form.get('csrf') ?? '';
      if (!user || !verify(`csrf|${user.sub}`, token)) {
        back('gone');
        return;
      }
      if (url.pathname === `${DEVICE_PATH}/sign-out`) {
        res.setHeader('set-cookie', `${COOKIE}=; Path=${DEVICE_PATH}; HttpOnly; SameSite=Strict; Max-Age=0`);
        back();
        return;
      }
      if (url.pathname === `${DEVICE_PATH}/answer`) {
        const approved = form.get('decision') === 'approve';
        const answered = await deps.answer(user.sub, form.get('id') ?? '', approved);
        back(answered ? (approved ? 'approved' : 'denied') : 'gone');
        return;
      }
    }
    if (req.method !== 'GET' || url.pathname !== DEVICE_PATH) {
      res.writeHead(404);
      res.end();
      return;
    }
    const user = await currentUser(req, res);
    if (!user) {
      sendHtml(res, 200, signInPage(lang, false));
      return;
    }
    const done = url.searchParams.get('done');
    const notice = done && done in NOTICES ? NOTICES[done as Notice] : undefined;
    sendHtml(res, 200, requestsPage(lang, user, deps.pending.forAccount(user.sub), csrfToken(user), notice));
  };
}

function langLinks(): Record<Lang, string> {
  return { ja: `${DEVICE_PATH}?lang=ja`, en: `${DEVICE_PATH}?lang=en` };
}

function signInPage(lang: Lang, failed: boolean): string {
  const action = `${DEVICE_PATH}/sign-in?lang=${lang}`;
  const body = html`<p>${M.deviceSignInLead[lang]}</p>
${failed ? html`<p class="error" role="alert">${M.wrongCredentials[lang]}</p>` : undefined}
<form method="post" action="${action}" autocomplete="off">
<label for="email">${M.email[lang]}</label>
<input id="email" name="email" type="email" required>
<label for="password">${M.password[lang]}</label>
<input id="password" name="password" type="password" required>
<div class="actions"><button type="submit">${M.signInButton[lang]}</button></div>
</form>
${demoUsersTable(lang, action)}`;
  return page({ lang, title: M.deviceTitle, body, langLinks: langLinks() });
}

function timeLeft(lang: Lang, expiresAt: number): string {
  const seconds = Math.max(0, Math.round((expiresAt - Date.now()) / 1000));
  return format(M.timeLeftValue, lang, { minutes: String(Math.floor(seconds / 60)), seconds: String(seconds % 60) });
}

function requestCard(lang: Lang, request: PendingRequest, csrf: string) {
  const openid = request.scopes.filter((scope) => OIDC_SCOPES.includes(scope));
  const apiScopes = request.scopes.filter((scope) => !OIDC_SCOPES.includes(scope));
  const apis = request.audience ? [{ audience: request.audience, scopes: apiScopes }] : [];
  const access = scopeItems(lang, request.audience ? openid : request.scopes, apis);
  const form = (decision: 'approve' | 'deny', label: string, secondary: boolean) =>
    html`<form method="post" action="${DEVICE_PATH}/answer?lang=${lang}"><input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="id" value="${request.id}"><input type="hidden" name="decision" value="${decision}"><button type="submit"${secondary ? html` class="secondary"` : undefined}>${label}</button></form>`;
  return html`<section class="request" data-testid="pending-request">
<p class="binding" data-testid="binding-message">${request.bindingMessage}</p>
<dl>
<dt>${M.requestingApp[lang]}</dt><dd>${request.clientName}</dd>
<dt>${M.requestedAccess[lang]}</dt><dd><ul class="scopes">${access}</ul></dd>
<dt>${M.timeLeft[lang]}</dt><dd data-expires="${request.expiresAt}" data-testid="time-left">${timeLeft(lang, request.expiresAt)}</dd>
</dl>
<div class="actions">${form('approve', M.approve[lang], false)}${form('deny', M.denyRequest[lang], true)}</div>
</section>`;
}

function requestsPage(
  lang: Lang,
  user: DemoUser,
  requests: PendingRequest[],
  csrf: string,
  notice: { ja: string; en: string } | undefined,
): string {
  const unit = JSON.stringify(M.timeLeftValue[lang]);
  // Counts the time left down; reloads every few seconds while nothing is waiting, to show new requests.
  const script = `for (const el of document.querySelectorAll('[data-expires]')) { const tick = () => { const s = Math.max(0, Math.round((Number(el.dataset.expires) - Date.now()) / 1000)); el.textContent = ${unit}.replace('{minutes}', Math.floor(s / 60)).replace('{seconds}', s % 60); }; setInterval(tick, 1000); }${requests.length ? '' : ' setTimeout(() => location.reload(), 3000);'}`;
  const body = html`${notice ? html`<p class="ok" role="status" data-testid="device-notice">${notice[lang]}</p>` : undefined}
<p>${format(M.deviceLead, lang, { user: user.name })}</p>
${requests.length ? requests.map((request) => requestCard(lang, request, csrf)) : html`<p data-testid="no-requests">${M.deviceEmpty[lang]}</p>`}
<form method="post" action="${DEVICE_PATH}/sign-out?lang=${lang}"><input type="hidden" name="csrf" value="${csrf}"><p><small>${format(M.deviceSignedInAs, lang, { user: user.name })}</small> <button class="secondary" type="submit">${M.deviceSignOut[lang]}</button></p></form>
<script>${new SafeHtml(script)}</script>`;
  return page({ lang, title: M.deviceTitle, body, langLinks: langLinks() });
}

/** Browsers say where a form came from: refuse posts from other sites (Sec-Fetch-Site, else Origin). */
function sameOrigin(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site) return site === 'same-origin' || site === 'none';
  const origin = req.headers.origin;
  if (!origin) return true;
  return URL.parse(origin)?.host === req.headers.host;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) out[part.slice(0, index).trim()] = part.slice(index + 1).trim();
  }
  return out;
}
