import 'server-only';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);

/**
 * Author Markdown (quiz prompts, choices, explanations) as HTML, at build time.
 * Raw HTML in the Markdown is dropped, not passed through.
 */
export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}

/** Like markdownToHtml, but without the wrapping <p> of a one-paragraph text (for inline use). */
export function inlineMarkdownToHtml(markdown: string): string {
  const html = markdownToHtml(markdown);
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]?.includes('<p>') ? (single[1] ?? '') : html;
}
