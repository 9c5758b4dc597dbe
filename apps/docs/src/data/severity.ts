// How a finding's severity reads on the site: the troubleshooting page and the live tools' finding cards.
import type { Localized, Severity } from '@repo/config';

export const SEVERITY_LABEL: Record<Severity, Localized> = {
  error: { ja: 'エラー', en: 'Error' },
  warning: { ja: '警告', en: 'Warning' },
  info: { ja: '情報', en: 'Info' },
};
