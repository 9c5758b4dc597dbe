// The entries of the troubleshooting pages (src/content/docs/<lang>/troubleshooting.mdx). Each
// `:::finding{#<code>}` block there becomes the entry doctor links to (`troubleshooting/#<code>`): a heading
// anchored by the code with the finding's title, then its severity and the explanation written in the page. Codes,
// titles and severities come from the registries doctor and the apps use (@repo/config's FINDING_CODES,
// @repo/doctor/findings): a code no registry has fails the build, and registry codes the page does not explain yet
// are listed under "Other" at the end (a test keeps that list empty), so every link doctor prints lands somewhere.
import { FINDING_CODES, type Lang } from '@repo/config';
import { type FindingInfo, ONLINE_FINDINGS } from '@repo/doctor/findings';
import { SEVERITY_LABEL } from '../data/severity.ts';
import {
  asContent,
  code,
  docsPageLang,
  el,
  heading,
  type MdastPluginFactory,
  type Node,
  paragraph,
  strong,
  text,
} from './satteri.ts';

export const FINDING_REGISTRY: ReadonlyMap<string, FindingInfo> = new Map<string, FindingInfo>([
  ...Object.values(FINDING_CODES).map((f) => [f.code, f] as const),
  ...Object.entries(ONLINE_FINDINGS),
]);

const OTHER = {
  title: { ja: 'その他', en: 'Other' },
  intro: { ja: '表示された直し方に従ってください。', en: 'Follow the fix shown with the finding.' },
};

/** `<div class="finding">`: the heading, then the severity in front of the explanation written in the page. */
function entry(findingCode: string, lang: Lang, explanation: Node[]): Node {
  const registered = FINDING_REGISTRY.get(findingCode)!;
  const severity = [strong(SEVERITY_LABEL[registered.severity][lang]), text(' · ')];
  const [first, ...rest] = explanation;
  const body =
    first?.type === 'paragraph'
      ? [{ ...first, children: [...severity, ...(first.children as Node[])] }, ...rest]
      : explanation.length > 0
        ? [paragraph(severity), ...explanation]
        : [];
  return el('div', { class: 'finding', 'data-severity': registered.severity, 'data-code': findingCode }, [
    heading(3, findingCode, [code(findingCode), text(` ${registered.title[lang]}`)]),
    ...body,
  ]);
}

export const findingEntries: MdastPluginFactory = ({ fileURL }) => {
  const lang = docsPageLang(fileURL, 'troubleshooting');
  if (!lang) return undefined;
  const explained = new Set<string>();
  return {
    name: 'finding-entries',
    containerDirective(node, ctx) {
      if (node.name !== 'finding') return;
      const findingCode = node.attributes?.id ?? '';
      const where = `src/content/docs/${lang}/troubleshooting.mdx`;
      if (!FINDING_REGISTRY.has(findingCode)) {
        throw new Error(`${where}: ":::finding{#${findingCode}}" names no finding code of the registries`);
      }
      if (explained.has(findingCode)) throw new Error(`${where}: "${findingCode}" is explained twice`);
      explained.add(findingCode);
      ctx.replaceNode(node, asContent([entry(findingCode, lang, [...node.children] as Node[])]));
    },
    after(root, ctx) {
      const unexplained = [...FINDING_REGISTRY.keys()].filter((c) => !explained.has(c)).sort();
      if (unexplained.length === 0) return;
      ctx.appendChild(
        root,
        asContent([
          heading(2, 'topic-other', [text(OTHER.title[lang])]),
          paragraph([text(OTHER.intro[lang])]),
          ...unexplained.map((c) => entry(c, lang, [])),
        ]),
      );
    },
  };
};
