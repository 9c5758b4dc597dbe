// The environment variable reference (src/content/docs/<lang>/reference/environment.mdx): its `::env-reference`
// line becomes the sections, variables, old names and .env.example generated from @repo/config's definitions (the
// same ones that generate .env.example and drive the checks). They are Markdown nodes made at build time, so their
// headings are the page's own and Starlight lists them in "On this page". Anchors: `#section-<id>` per section,
// `#<name in lowercase>` per variable and old name, `#aliases`, `#env-example`.
import { ENV_ALIASES, ENV_SECTIONS, ENV_VARIABLES, type Lang, renderEnvExample } from '@repo/config';
import {
  asContent,
  code,
  docsPageLang,
  el,
  heading,
  inlineText,
  type MdastPluginFactory,
  type Node,
  paragraph,
  text,
} from './satteri.ts';

const TEXT = {
  ja: {
    required: '必須となる条件',
    default: '既定値',
    example: '例',
    choices: '選べる値',
    secret: '秘密情報（表示やログには出しません）',
    aliases: '古い変数名',
    aliasIntro: '次の名前も読み込みますが、警告が出ます。新しい名前に書き換えてください。',
    oldName: '古い名前',
    canonical: '新しい名前',
    exampleIntro:
      'リポジトリの .env.example も、同じ定義から生成しています。コピーして .env.local を作るときの出発点です。',
  },
  en: {
    required: 'Required when',
    default: 'Default',
    example: 'Example',
    choices: 'Choices',
    secret: 'Secret (never shown or logged)',
    aliases: 'Old variable names',
    aliasIntro: 'These names are still read, with a warning. Rename them to the new ones.',
    oldName: 'Old name',
    canonical: 'New name',
    exampleIntro:
      "The repository's .env.example is generated from the same definitions: copy it to start your .env.local.",
  },
} satisfies Record<Lang, Record<string, string>>;

function envReference(lang: Lang): Node[] {
  const t = TEXT[lang];
  const variables = ENV_SECTIONS.flatMap((section) => [
    heading(2, `section-${section.id}`, [text(section.title[lang])]),
    paragraph(inlineText(section.intro[lang])),
    ...ENV_VARIABLES.filter((v) => v.section === section.id).map((v) =>
      el('div', { class: 'env-variable', 'data-variable': v.name }, [
        heading(3, v.name.toLowerCase(), [code(v.name)]),
        paragraph(inlineText(v.description[lang])),
        el('dl', { class: 'kv' }, [
          el('dt', {}, [text(t.required)]),
          el('dd', {}, inlineText(v.required[lang])),
          ...(v.default !== undefined ? [el('dt', {}, [text(t.default)]), el('dd', {}, [text(v.default)])] : []),
          ...(v.choices ? [el('dt', {}, [text(t.choices)]), el('dd', {}, [text(v.choices.join(' | '))])] : []),
          el('dt', {}, [text(t.example)]),
          el('dd', {}, [text(`${v.name}=${v.example}`)]),
        ]),
        ...(v.secret ? [paragraph([text(t.secret)])] : []),
      ]),
    ),
  ]);
  const aliases = [
    heading(2, 'aliases', [text(t.aliases)]),
    paragraph([text(t.aliasIntro)]),
    el('table', {}, [
      el('thead', {}, [
        el('tr', {}, [el('th', {}, [text(t.oldName)]), el('th', {}, [text(t.canonical)]), el('th', {}, [])]),
      ]),
      el(
        'tbody',
        {},
        ENV_ALIASES.map((a) =>
          el('tr', { id: a.name.toLowerCase() }, [
            el('td', {}, [code(a.name)]),
            el('td', {}, [{ type: 'link', url: `#${a.canonical.toLowerCase()}`, children: [code(a.canonical)] }]),
            el('td', {}, inlineText(a.description[lang])),
          ]),
        ),
      ),
    ]),
  ];
  const example = [
    heading(2, 'env-example', [code('.env.example')]),
    paragraph([text(t.exampleIntro)]),
    { type: 'code', lang: 'bash', meta: 'title=".env.example"', value: renderEnvExample() },
  ];
  return [...variables, ...aliases, ...example];
}

export const envReferencePlugin: MdastPluginFactory = ({ fileURL }) => {
  const lang = docsPageLang(fileURL, 'reference/environment');
  if (!lang) return undefined;
  return {
    name: 'env-reference',
    leafDirective(node, ctx) {
      if (node.name !== 'env-reference') return;
      ctx.replaceNode(node, asContent(envReference(lang)));
    },
  };
};
