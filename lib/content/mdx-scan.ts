import GithubSlugger from 'github-slugger';

/** A heading of a lesson body, as listed in its table of contents. */
export interface Heading {
  depth: 2 | 3;
  text: string;
  /** The element id that rehype-slug gives the same heading. */
  id: string;
}

/** Components that lesson MDX may use; anything else is a content error. */
export const MDX_COMPONENTS = ['Snippet', 'Callout', 'Term', 'Diagram', 'IrpFlow', 'LockLab'] as const;

export interface MdxScan {
  headings: Heading[];
  snippetIds: string[];
  /** Glossary ids named by <Term id="...">. */
  termIds: string[];
  /** Simulator scenarios named by <IrpFlow scenario="..."> and <LockLab scenario="...">. */
  simulations: { kind: 'IrpFlow' | 'LockLab'; scenario: string }[];
  /** Problems found in the body, each a message for the lesson file. */
  problems: string[];
}

/** Splits `---\nyaml\n---\nbody` into its two parts; `null` when there is no frontmatter. */
export function splitFrontmatter(source: string): { yaml: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return null;
  return { yaml: match[1] ?? '', body: source.slice(match[0].length) };
}

/** Heading text as rehype-slug sees it: the text content, without Markdown marks. */
export function headingPlainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/(`[^`]*`)/g)
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1
        ? part.slice(1, -1)
        : part
            .replace(/\*+/g, '')
            // An underscore marks emphasis only at a word's edge; DISPATCH_LEVEL keeps its own.
            .replace(/(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g, '')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&amp;/g, '&'),
    )
    .join('')
    .trim();
}

/** Reads what the build needs to know from an MDX body, outside fenced code. */
export function scanMdxBody(body: string): MdxScan {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const snippetIds: string[] = [];
  const termIds: string[] = [];
  const simulations: MdxScan['simulations'] = [];
  const problems: string[] = [];
  let fence: string | null = null;

  body.split(/\r?\n/).forEach((line, index) => {
    const lineNo = index + 1;
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] ?? '';
      if (fence === null) fence = marker;
      else if (marker.startsWith(fence)) fence = null;
      return;
    }
    if (fence !== null) return;

    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      const depth = (heading[1] ?? '').length;
      const text = headingPlainText(heading[2] ?? '');
      const id = slugger.slug(text);
      if (depth === 2 || depth === 3) headings.push({ depth, text, id });
      else if (depth === 1) problems.push(`body line ${lineNo}: use ## or ###; the lesson title is the only level-1 heading`);
    }

    const prose = line.replace(/`[^`]*`/g, '');
    for (const tag of prose.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>?/g)) {
      const name = tag[1] ?? '';
      if (!(MDX_COMPONENTS as readonly string[]).includes(name)) {
        problems.push(`body line ${lineNo}: unknown component <${name}>`);
        continue;
      }
      if (name === 'IrpFlow' || name === 'LockLab') {
        const scenario = /\bscenario="([^"]+)"/.exec(tag[2] ?? '');
        if (scenario?.[1]) simulations.push({ kind: name, scenario: scenario[1] });
        else problems.push(`body line ${lineNo}: <${name}> needs a literal scenario="..."`);
      } else if (name === 'Snippet' || name === 'Term') {
        const id = /\bid="([^"]+)"/.exec(tag[2] ?? '');
        if (id?.[1]) (name === 'Snippet' ? snippetIds : termIds).push(id[1]);
        else problems.push(`body line ${lineNo}: <${name}> needs a literal id="..."`);
      }
    }
  });

  if (fence !== null) problems.push('body: a fenced code block is never closed');
  return { headings, snippetIds, termIds, simulations, problems };
}
