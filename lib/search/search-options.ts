import type { Options } from 'minisearch';

/** One searchable thing: a lesson section, a snippet's code, or a glossary term. */
export interface SearchDocument {
  id: string;
  kind: 'lesson' | 'code' | 'term' | 'note';
  title: string;
  heading: string;
  url: string;
  text: string;
}

/** The same options build the index at build time and load it in the browser. */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'heading', 'text'],
  storeFields: ['kind', 'title', 'heading', 'url', 'text'],
  // Identifiers such as KeAcquireSpinLock and IRP_MJ_READ stay whole tokens.
  tokenize: (text) => text.split(/[^A-Za-z0-9_]+/).filter(Boolean),
  searchOptions: { boost: { title: 3, heading: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
};
