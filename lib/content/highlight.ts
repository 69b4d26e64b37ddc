import 'server-only';
import { createHighlighter, type Highlighter } from 'shiki';

let highlighter: Promise<Highlighter> | null = null;

/**
 * C source as highlighted HTML, one `<span class="line" data-line="N">` per line.
 * Both themes are emitted as CSS variables; the stylesheet picks one.
 */
export async function highlightC(code: string): Promise<string> {
  highlighter ??= createHighlighter({ themes: ['github-light-default', 'github-dark-default'], langs: ['c'] });
  const shiki = await highlighter;
  return shiki.codeToHtml(code, {
    lang: 'c',
    themes: { light: 'github-light-default', dark: 'github-dark-default' },
    defaultColor: false,
    transformers: [
      {
        line(node, line) {
          node.properties['data-line'] = line;
        },
        pre(node) {
          // The figure around it is the labelled, focusable scroll region.
          delete node.properties.tabindex;
        },
      },
    ],
  });
}
