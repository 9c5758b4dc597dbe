import 'server-only';
import { LANG_COOKIE, type Lang, pickLang } from '@repo/ui/i18n';
import { cookies, headers } from 'next/headers';

/** The UI language for this request: the switch's cookie, else the browser's Accept-Language. */
export async function requestLang(): Promise<Lang> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return pickLang(cookieStore.get(LANG_COOKIE)?.value, headerList.get('accept-language'));
}
