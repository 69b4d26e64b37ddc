'use client';

import { useEffect, useRef } from 'react';
import type { LineRange } from '@/lib/annotations/annotation-model';
import { monaco } from './monaco-setup';

export interface EditorNote extends LineRange {
  id: string;
  text: string;
  author: boolean;
}

export interface MonacoViewProps {
  code: string;
  label: string;
  notes: EditorNote[];
  /** Called with the lines the selection covers, whenever it changes. */
  onSelectLines(range: LineRange): void;
  /** Alt+N or the context menu: add a note on the selected lines. */
  onAddNote(range: LineRange): void;
  /** A line to scroll to and select, set from the note list. */
  reveal: LineRange | null;
}

export const LINE_HEIGHT = 21;
export const PADDING = 12;

/** The lines a selection covers; a selection ending at column 1 does not take in that last line. */
function selectedLines(s: monaco.Selection): LineRange {
  const end = s.endLineNumber > s.startLineNumber && s.endColumn === 1 ? s.endLineNumber - 1 : s.endLineNumber;
  return { startLine: s.startLineNumber, endLine: end };
}

// vs-dark draws comments in #608b4e, 4.2:1 on its background; this lifts them above 4.5:1.
monaco.editor.defineTheme('rz-dark', { base: 'vs-dark', inherit: true, rules: [{ token: 'comment', foreground: '7ca668' }], colors: {} });
/** Monaco's theme for the page's resolved theme (data-theme on <html>). */
const themeFor = () => ({ dark: 'rz-dark', 'high-contrast': 'hc-black' })[document.documentElement.dataset.theme ?? ''] ?? 'vs';

/** Read-only Monaco over a snippet, with the notes as gutter marks, highlighted lines and hovers. */
export default function MonacoView({ code, label, notes, onSelectLines, onAddNote, reveal }: MonacoViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const callbacks = useRef({ onSelectLines, onAddNote });
  callbacks.current = { onSelectLines, onAddNote };

  useEffect(() => {
    if (!host.current) return;
    const editor = monaco.editor.create(host.current, {
      value: code,
      language: 'c',
      readOnly: true,
      ariaLabel: label,
      theme: themeFor(),
      fontFamily: getComputedStyle(document.documentElement).getPropertyValue('--font-mono'),
      fontSize: 14,
      lineHeight: LINE_HEIGHT,
      padding: { top: PADDING, bottom: PADDING },
      glyphMargin: true,
      lineNumbersMinChars: 3,
      lineDecorationsWidth: 16,
      folding: false,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      scrollbar: { alwaysConsumeMouseWheel: false, vertical: 'hidden' },
      overviewRulerLanes: 0,
      renderLineHighlight: 'none',
      stickyScroll: { enabled: false },
      automaticLayout: true,
      links: true,
    });
    editorRef.current = editor;
    decorations.current = editor.createDecorationsCollection();
    editor.onDidChangeCursorSelection((e) => callbacks.current.onSelectLines(selectedLines(e.selection)));
    editor.addAction({
      id: 'ring-zero.add-note',
      label: 'Add a note on the selected lines',
      keybindings: [monaco.KeyMod.Alt | monaco.KeyCode.KeyN],
      contextMenuGroupId: 'navigation',
      run: (ed) => {
        const selection = ed.getSelection();
        if (selection) callbacks.current.onAddNote(selectedLines(selection));
      },
    });
    const themeWatch = new MutationObserver(() => monaco.editor.setTheme(themeFor()));
    themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    editor.focus();
    return () => {
      themeWatch.disconnect();
      editor.dispose();
    };
  }, [code, label]);

  useEffect(() => {
    decorations.current?.set(
      notes.map((note) => ({
        range: new monaco.Range(note.startLine, 1, note.endLine, 1),
        options: {
          isWholeLine: true,
          // The range is marked by a bar beside the lines, not a background, so code keeps its contrast.
          linesDecorationsClassName: note.author ? 'rz-author-bar' : 'rz-note-bar',
          glyphMarginClassName: note.author ? 'rz-author-glyph' : 'rz-note-glyph',
          // Notes are plain text to Monaco's hover: no HTML, no command links.
          glyphMarginHoverMessage: { value: note.text, isTrusted: false, supportHtml: false },
          hoverMessage: { value: `${note.author ? 'Author' : 'Your note'}: ${note.text}`, isTrusted: false, supportHtml: false },
        },
      })),
    );
  }, [notes]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !reveal) return;
    editor.revealLinesInCenterIfOutsideViewport(reveal.startLine, reveal.endLine);
    editor.setSelection(new monaco.Range(reveal.startLine, 1, reveal.endLine, editor.getModel()?.getLineMaxColumn(reveal.endLine) ?? 1));
    editor.focus();
  }, [reveal]);

  const lines = code.split('\n').length;
  return <div ref={host} className="monaco-host" style={{ height: lines * LINE_HEIGHT + 2 * PADDING }} data-testid="monaco-host" />;
}
