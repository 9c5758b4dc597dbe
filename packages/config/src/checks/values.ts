// Checks on single values and names: aliases, misspelled names, placeholders, stray quotes, and the
// per-type zod validation. They run first; a value that fails here is not used by later checks.
import { editDistance } from '../distance.ts';
import { finding } from '../findings.ts';
import { hasSurroundingQuotesOrSpaces, placeholderKind } from '../key-shapes.ts';
import { validateValue } from '../schema.ts';
import { ENV_ALIASES, ENV_VARIABLES, type EnvVariable, KNOWN_NAMES, VARIABLE_NAMES } from '../variables.ts';
import type { CheckContext } from './context.ts';

/** Put canonical and alias values into the context, reporting aliases and conflicts. */
export function collectValues(ctx: CheckContext, vars: Record<string, string | undefined>): void {
  for (const name of VARIABLE_NAMES) {
    const value = vars[name];
    if (value !== undefined && value !== '') ctx.values.set(name, { value, writtenAs: name });
  }
  for (const alias of ENV_ALIASES) {
    const value = vars[alias.name];
    if (value === undefined || value === '') continue;
    const canonical = ctx.values.get(alias.canonical);
    if (!canonical) {
      ctx.values.set(alias.canonical, { value, writtenAs: alias.name });
      ctx.add(
        finding(
          'alias-used',
          alias.name,
          {
            ja: `${alias.name} は古い名前です。${alias.canonical} として読み込みました。`,
            en: `${alias.name} is an old name; it was read as ${alias.canonical}.`,
          },
          {
            ja: `変数名を ${alias.canonical} に変えてください（値はそのままで構いません）。`,
            en: `Rename the variable to ${alias.canonical} (keep the value).`,
          },
        ),
      );
    } else if (canonical.value.trim() !== value.trim()) {
      ctx.unusable.add(alias.canonical);
      ctx.add(
        finding(
          'alias-conflict',
          alias.name,
          {
            ja: `${alias.name} と ${alias.canonical} に異なる値が設定されています。どちらを使うべきか判断できません。`,
            en: `${alias.name} and ${alias.canonical} hold different values, so it is unclear which one to use.`,
          },
          {
            ja: `${alias.name} の行を削除し、使いたい値を ${alias.canonical} に設定してください。`,
            en: `Delete the ${alias.name} line and put the value you want in ${alias.canonical}.`,
          },
        ),
      );
    } else if (alias.name !== 'AWS_DEFAULT_REGION') {
      // Same value under both names: harmless, but the old name should go. AWS_DEFAULT_REGION is
      // commonly exported for the AWS CLI next to AWS_REGION, so it is only reported when it differs.
      ctx.add(
        finding(
          'alias-used',
          alias.name,
          {
            ja: `${alias.name} は古い名前です。${alias.canonical} と同じ値なので問題はありません。`,
            en: `${alias.name} is an old name; it has the same value as ${alias.canonical}, so nothing breaks.`,
          },
          { ja: `${alias.name} の行を削除してください。`, en: `Delete the ${alias.name} line.` },
        ),
      );
    }
  }
}

/** Names from @auth0/nextjs-auth0 v3, which older copies of the samples still carry. */
const SDK_V3_NAMES: Record<string, string> = { AUTH0_BASE_URL: 'APP_BASE_URL', AUTH0_ISSUER_BASE_URL: 'AUTH0_DOMAIN' };

/** Names that are not ours but are one or two typing mistakes away from one of ours. */
export function checkNames(ctx: CheckContext, names: readonly string[]): void {
  for (const name of names) {
    if (KNOWN_NAMES.has(name)) continue;
    const upper = name.toUpperCase();
    const suggestion =
      SDK_V3_NAMES[upper] ??
      [...KNOWN_NAMES].find(
        (known) => known === upper || editDistance(upper.replace(/[-_.]/g, ''), known.replace(/_/g, '')) <= 2,
      );
    if (!suggestion) continue;
    ctx.add(
      finding(
        'unknown-variable',
        name,
        {
          ja: `${name} という変数は使われません。${suggestion} の書き間違いではありませんか。`,
          en: `${name} is not a variable the samples read. Did you mean ${suggestion}?`,
        },
        { ja: `変数名を ${suggestion} に直してください。`, en: `Rename it to ${suggestion}.` },
      ),
    );
  }
}

/** Placeholders, stray quotes/spaces and the type check, for every set variable. */
export function checkSingleValues(ctx: CheckContext, skip: ReadonlySet<string>): void {
  for (const v of ENV_VARIABLES) {
    const ref = ctx.values.get(v.name);
    if (!ref || skip.has(v.name) || ctx.unusable.has(v.name)) continue;
    const problem = placeholderFinding(v, ref.writtenAs, ref.value) ?? quoteFinding(ref.writtenAs, ref.value);
    const typed = problem ?? validateValue(v, ref.value);
    if (typed) {
      ctx.unusable.add(v.name);
      ctx.add(typed.variable === ref.writtenAs ? typed : { ...typed, variable: ref.writtenAs });
    }
  }
}

export function placeholderFinding(v: EnvVariable, name: string, value: string) {
  const kind = placeholderKind(value);
  if (!kind) return undefined;
  const where = v.secret
    ? { ja: '', en: '' }
    : { ja: `（${JSON.stringify(value)}）`, en: ` (${JSON.stringify(value)})` };
  if (kind === 'guide')
    return finding(
      'guide-placeholder',
      name,
      {
        ja: `${name} が手順書の例の XXXX…${where.ja} のままです。`,
        en: `${name} still holds the guide's XXXX... example${where.en}.`,
      },
      {
        ja: `${name} に実際の値を貼り付けるか、使わない場合は行を削除（またはコメントアウト）してください。`,
        en: `Paste your real value into ${name}, or delete (or comment out) the line if you do not use it.`,
      },
    );
  return finding(
    'placeholder-value',
    name,
    {
      ja: `${name} がテンプレートの仮の値${where.ja}のままです（<…> や {…} は置き換える部分の印です）。`,
      en: `${name} still holds a template placeholder${where.en} (<...> and {...} mark what to replace).`,
    },
    {
      ja: `記号ごと実際の値に置き換えてください。例: ${name}=${v.secret ? '（実際の値）' : v.example}`,
      en: `Replace it, brackets included, with your real value, e.g. ${name}=${v.secret ? '(your value)' : v.example}.`,
    },
  );
}

export function quoteFinding(name: string, value: string) {
  if (!hasSurroundingQuotesOrSpaces(value) && !/[\r\n]/.test(value)) return undefined;
  return finding(
    'value-quotes-or-spaces',
    name,
    {
      ja: `${name} の値の前後に、余分な引用符・空白・改行が含まれています。`,
      en: `${name}'s value has extra quotes, spaces or line breaks around it.`,
    },
    {
      ja: `${name}=値 の形で、引用符で囲むなら "値" のように 1 組だけにし、前後に空白を入れないでください。`,
      en: `Write ${name}=value; if you quote it, use one pair ("value") with no spaces inside the quotes.`,
    },
  );
}
