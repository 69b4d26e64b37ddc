// The entry of Monaco's editor web worker (links, word ranges and other work off the main thread).
// Bundled by `new Worker(new URL('./editor.worker.ts', import.meta.url))` in monaco-view.tsx,
// so the worker comes from this site, never a CDN.
import 'monaco-editor/editor/editor.worker.js';
