// AWS_REGION: a real Bedrock region, consistent with a short-term key's region.

import { wrongRegionFinding } from '../api-key.ts';
import { closest } from '../distance.ts';
import { finding } from '../findings.ts';
import { BEDROCK_REGIONS, isBedrockRegion } from '../models.ts';
import type { BedrockMode } from '../types.ts';
import { findVariable } from '../variables.ts';
import type { CheckContext } from './context.ts';

/** Shape of any AWS region code (commercial, GovCloud, ISO, China). */
const REGION_SHAPE = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
const DEFAULT_REGION = findVariable('AWS_REGION')?.default ?? 'us-east-1';

/** The region to use, or undefined when none can be determined (an error was reported). */
export function checkRegion(
  ctx: CheckContext,
  mode: BedrockMode,
  key: { region: string } | undefined,
): string | undefined {
  const name = ctx.nameOf('AWS_REGION');
  const value = ctx.get('AWS_REGION');
  const codes = BEDROCK_REGIONS.map((r) => r.code);

  if (value !== undefined && !isBedrockRegion(value)) {
    ctx.unusable.add('AWS_REGION');
    const candidate = value.toLowerCase().replace(/^(.*-\d)[a-z]$/, '$1');
    const suggestion = isBedrockRegion(candidate) ? candidate : closest(candidate, codes, 3);
    const instead = suggestion ?? key?.region ?? DEFAULT_REGION;
    if (REGION_SHAPE.test(value))
      ctx.add(
        finding(
          'region-not-bedrock',
          name,
          {
            ja: `${name}=${value} は AWS のリージョンですが、Amazon Bedrock が提供されていません。`,
            en: `${name}=${value} is an AWS region, but Amazon Bedrock is not offered there.`,
          },
          {
            ja: `Bedrock のあるリージョンを指定してください（例: us-east-1、us-west-2、ap-northeast-1）。`,
            en: 'Use a region with Bedrock (e.g. us-east-1, us-west-2, ap-northeast-1).',
          },
        ),
      );
    else
      ctx.add(
        finding(
          'region-invalid',
          name,
          {
            ja: `${name}=${JSON.stringify(value)} はリージョン名として正しくありません。リージョン名は ${instead} のような小文字の形式です。`,
            en: `${name}=${JSON.stringify(value)} is not a region name. Region names look like ${instead}, in lowercase.`,
          },
          {
            ja: `${name}=${instead} のように書いてください${suggestion ? '（入力に最も近いリージョンです）' : ''}。`,
            en: `Write ${name}=${instead}${suggestion ? ' (the region closest to what you typed)' : ''}.`,
          },
        ),
      );
    return undefined;
  }

  if (value !== undefined && key?.region && key.region !== value) {
    ctx.add(wrongRegionFinding(key.region, value, name));
    return value;
  }
  if (value !== undefined) return value;
  if (key?.region && isBedrockRegion(key.region)) {
    ctx.add(
      finding(
        'region-default',
        'AWS_REGION',
        {
          ja: `AWS_REGION が未設定のため、短期 API キーのリージョン ${key.region} を使います。`,
          en: `AWS_REGION is not set, so the short-term API key's region ${key.region} is used.`,
        },
        {
          ja: `明示するには AWS_REGION=${key.region} を追加してください。`,
          en: `To make it explicit, add AWS_REGION=${key.region}.`,
        },
      ),
    );
    return key.region;
  }
  if (mode === 'emulator' || ctx.has('AWS_REGION')) return mode === 'emulator' ? DEFAULT_REGION : undefined;
  ctx.add(
    finding(
      'region-missing',
      'AWS_REGION',
      {
        ja: 'Amazon Bedrock を使う設定ですが、AWS_REGION が設定されていません。',
        en: 'Amazon Bedrock is selected, but AWS_REGION is not set.',
      },
      {
        ja: 'API キーを発行したリージョンを AWS_REGION に設定してください（例: AWS_REGION=us-east-1）。',
        en: 'Set AWS_REGION to the region you generated the API key in (e.g. AWS_REGION=us-east-1).',
      },
    ),
  );
  return undefined;
}
