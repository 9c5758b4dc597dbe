// Model ID helper: region + model -> the value for BEDROCK_MODEL_ID / BEDROCK_EMBEDDING_MODEL_ID, from the
// shared catalog (the same rules the config checks and the emulator apply). A typed-in ID is checked too.
import {
  endOfLifeIn,
  findModel,
  invocability,
  invocableIdFor,
  lifecycleDay,
  lifecycleOn,
  type ModelEntry,
  whereProcessed,
} from '@repo/config/models';
import { copyButton } from './copy.ts';
import { definitionList, h, pageLang } from './dom.ts';

const T = {
  ja: {
    copy: 'コピー',
    copied: 'コピーしました',
    notInRegion: (r: string) =>
      `このモデルは ${r} では使えません（オンデマンドでも、推論プロファイル経由でも）。別のリージョンを選んでください。`,
    onDemand: 'このリージョンでは基盤モデル ID のままオンデマンドで呼び出せます。',
    profile: (p: string) => `このリージョンでは推論プロファイル経由で呼び出します（${p}）。`,
    legacy: (r?: string) => `旧世代のモデルです。${r ? `後継の ${r} への移行をおすすめします。` : ''}`,
    eol: (d: string) => `提供終了日: ${d}`,
    ended: (d: string, r?: string) =>
      `このリージョンでは ${d} に提供が終了したモデルです（呼び出すとエラーになります）。${r ? `後継の ${r} に変更してください。` : ''}`,
    checkTitle: '入力した ID の確認結果',
    ok: 'このリージョンで呼び出せます。',
    needsProfile: (id: string) =>
      `このリージョンでは、基盤モデル ID のままではオンデマンドで呼び出せません。代わりに ${id} を使ってください。`,
    wrongRegion: (id?: string) =>
      `この推論プロファイルはこのリージョンからは呼び出せません。${id ? `${id} を使ってください。` : ''}`,
    unknown: 'カタログにない ID です。つづりを確認するか、npm run doctor で実際に呼び出せるか確かめてください。',
    dims: (d: number, all: readonly number[]) => `埋め込みの次元数: 既定 ${d}（選べる値: ${all.join('、')}）`,
  },
  en: {
    copy: 'Copy',
    copied: 'Copied',
    notInRegion: (r: string) =>
      `This model is not available in ${r}, neither on demand nor through an inference profile. Choose another region.`,
    onDemand: 'In this region the base model ID can be called on demand as it is.',
    profile: (p: string) => `In this region it is called through an inference profile (${p}).`,
    legacy: (r?: string) => `This is a legacy model.${r ? ` Moving to its successor ${r} is recommended.` : ''}`,
    eol: (d: string) => `End of life: ${d}`,
    ended: (d: string, r?: string) =>
      `This model reached its end of life in this region on ${d}; calls fail.${r ? ` Switch to its successor ${r}.` : ''}`,
    checkTitle: 'The ID you entered',
    ok: 'Callable in this region.',
    needsProfile: (id: string) => `In this region the base model ID cannot be called on demand. Use ${id} instead.`,
    wrongRegion: (id?: string) => `This inference profile cannot be called from this region.${id ? ` Use ${id}.` : ''}`,
    unknown:
      'This ID is not in the catalog. Check the spelling, or run npm run doctor to see whether it can be called.',
    dims: (d: number, all: readonly number[]) => `Embedding dimensions: ${d} by default (allowed: ${all.join(', ')})`,
  },
};

function variableFor(model: ModelEntry): string {
  return model.kind === 'embedding' ? 'BEDROCK_EMBEDDING_MODEL_ID' : 'BEDROCK_MODEL_ID';
}

function mount(root: HTMLElement): void {
  const lang = pageLang();
  const t = T[lang];
  const region = root.querySelector<HTMLSelectElement>('[data-region]')!;
  const modelSelect = root.querySelector<HTMLSelectElement>('[data-model]')!;
  const typed = root.querySelector<HTMLInputElement>('[data-typed]')!;
  const output = root.querySelector<HTMLElement>('[data-output]')!;

  /** A legacy model still works: say so, with its successor and end-of-life date. */
  const legacyNote = (model: ModelEntry, eol: string | undefined) =>
    [t.legacy(model.lifecycle.replacement), eol ? t.eol(eol) : ''].filter(Boolean).join(' ');

  let shown = '';
  const update = () => {
    // A blur fires "change" without a new value: keep the output (and the copy button under the pointer).
    const state = [region.value, modelSelect.value, typed.value.trim()].join('|');
    if (state === shown) return;
    shown = state;
    output.replaceChildren();
    const model = findModel(modelSelect.value);
    if (model) {
      const id = invocableIdFor(model.id, region.value);
      if (!id) {
        output.append(h('p', { class: 'finding', 'data-severity': 'error' }, t.notInRegion(region.value)));
      } else {
        const line = `${variableFor(model)}=${id}`;
        output.append(
          h('pre', { 'data-result': '' }, h('code', {}, line)),
          copyButton({ idle: t.copy, done: t.copied }, () => line),
          h('p', {}, id === model.id ? t.onDemand : t.profile(id.slice(0, id.indexOf('.') + 1))),
          h('p', { 'data-where': '' }, whereProcessed(id, region.value)[lang]),
        );
      }
      if (model.embedding)
        output.append(h('p', {}, t.dims(model.embedding.defaultDimensions, model.embedding.allowedDimensions)));
      const state = lifecycleOn(model, lifecycleDay(), region.value);
      const eol = endOfLifeIn(model, region.value);
      if (state === 'end-of-life' && eol) {
        output.append(
          h('p', { class: 'finding', 'data-severity': 'error' }, t.ended(eol, model.lifecycle.replacement)),
        );
      } else if (state === 'legacy') {
        output.append(h('p', { class: 'finding', 'data-severity': 'warning' }, legacyNote(model, eol)));
      }
    }
    const value = typed.value.trim();
    if (value) output.append(h('h3', {}, t.checkTitle), checkTyped(value, region.value));
  };

  function checkTyped(value: string, regionCode: string): HTMLElement {
    const result = invocability(value, regionCode);
    const model = result.status === 'ok' ? result.model : undefined;
    const lifecycle = model && lifecycleOn(model, lifecycleDay(), regionCode);
    const eol = model ? endOfLifeIn(model, regionCode) : undefined;
    const [severity, text] =
      lifecycle === 'end-of-life' && eol
        ? ['error', t.ended(eol, model?.lifecycle.replacement)]
        : model && lifecycle === 'legacy'
          ? ['warning', `${t.ok} ${legacyNote(model, eol)}`]
          : result.status === 'ok'
            ? ['info', t.ok]
            : result.status === 'needs-profile'
              ? ['error', t.needsProfile(result.suggestedId)]
              : result.status === 'profile-wrong-region'
                ? ['error', t.wrongRegion(result.suggestedId)]
                : result.status === 'not-in-region'
                  ? ['error', t.notInRegion(regionCode)]
                  : ['warning', t.unknown];
    return h(
      'div',
      { class: 'finding', 'data-severity': severity, 'data-status': result.status },
      definitionList([['ID', value]]),
      h('p', {}, text),
    );
  }

  root.addEventListener('input', update);
  root.addEventListener('change', update);
  update();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-tool="model-id"]')) mount(root);
