import { getSnippet } from '@/lib/content';
import { highlightC } from '@/lib/content/highlight';
import { SnippetAnnotator } from '@/components/annotator/snippet-annotator';

/**
 * A lesson's C snippet, highlighted at build time with line numbers, as static HTML.
 * The annotator around it loads Monaco only when the reader asks for it.
 */
export async function Snippet({ id }: { id: string }) {
  const snippet = getSnippet(id);
  // The content check has already rejected unknown ids; this guards direct misuse.
  if (!snippet) throw new Error(`<Snippet id="${id}"> names no snippet`);
  const html = await highlightC(snippet.code);
  const title = snippet.notes?.title;
  const captionId = `snippet-${id}-caption`;
  const bugs = snippet.notes?.bugs;
  const authorNotes = (snippet.notes?.notes ?? []).map((n) => ({ startLine: n.line, endLine: n.endLine ?? n.line, text: n.text }));
  const fileName = snippet.file.split('/').pop() ?? snippet.file;

  return (
    <figure className="snippet" id={`snippet-${id}`} data-snippet-id={id}>
      <figcaption id={captionId} className="snippet-caption">
        {title ? <span className="snippet-title">{title}</span> : null}
        <span className="snippet-file">{fileName}</span>
      </figcaption>
      {bugs ? (
        <p className="snippet-bugs">
          <strong>This snippet has deliberate bugs.</strong> Find them before you open the notes.
        </p>
      ) : null}
      <SnippetAnnotator snippetId={id} file={fileName} code={snippet.code} hash={snippet.hash} authorNotes={authorNotes}>
        <div
          className="snippet-code"
          role="region"
          aria-labelledby={captionId}
          tabIndex={0}
          dangerouslySetInnerHTML={{ __html: html }}
        />
      </SnippetAnnotator>
    </figure>
  );
}
