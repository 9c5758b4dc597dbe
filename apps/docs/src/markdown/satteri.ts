// What the site's Markdown plugins share. Astro renders Markdown and MDX with Sätteri; its mdast plugins are objects
// with one visitor per node type (like remark plugins), made by a factory that sees the file first. The nodes here
// are plain mdast; an element of our own is a paragraph with `data.hName` (as Starlight's asides are), which Sätteri
// renders as that element whatever it holds.
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Lang } from '@repo/config';

type PluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];
/** A factory: called once per document, returns the plugin for it or `undefined` to leave the document alone. */
export type MdastPluginFactory = Extract<PluginEntry, (...args: never[]) => unknown>;
type Plugin = Exclude<PluginEntry, MdastPluginFactory | readonly unknown[] | null | undefined | false>;
type VisitorContext = Parameters<NonNullable<Plugin['heading']>>[1];
type MdastContent = Parameters<VisitorContext['replaceNode']>[1];

export interface Node {
  type: string;
  [key: string]: unknown;
}

/** The nodes as Sätteri's content type, which knows only standard mdast (no paragraph holding blocks). */
export const asContent = (nodes: Node[]) => nodes as unknown as MdastContent & MdastContent[];

export const text = (value: string): Node => ({ type: 'text', value });
export const code = (value: string): Node => ({ type: 'inlineCode', value });
export const paragraph = (children: Node[]): Node => ({ type: 'paragraph', children });
export const strong = (value: string): Node => ({ type: 'strong', children: [text(value)] });
/** A heading with a fixed anchor. */
export const heading = (depth: 2 | 3, id: string, children: Node[]): Node => ({
  type: 'heading',
  depth,
  data: { hProperties: { id } },
  children,
});
/** An HTML element around other nodes. */
export const el = (tag: string, properties: Record<string, string>, children: Node[]): Node => ({
  type: 'paragraph',
  data: { hName: tag, hProperties: properties },
  children,
});

/** Text from @repo/config's definitions, where `backticks` mark code as in Markdown. */
export function inlineText(value: string): Node[] {
  return value
    .split('`')
    .map((part, i) => (i % 2 === 1 ? code(part) : text(part)))
    .filter((node) => node.value !== '');
}

/** The language of a docs page (`src/content/docs/<lang>/<slug>.mdx`) if it is the page `slug`. */
export function docsPageLang(fileURL: URL | undefined, slug: string): Lang | undefined {
  if (!fileURL) return undefined;
  const match = /[\\/]content[\\/]docs[\\/](ja|en)[\\/](.+)\.mdx?$/.exec(fileURLToPath(fileURL));
  return match && match[2]!.replace(/\\/g, '/') === slug ? (match[1] as Lang) : undefined;
}
