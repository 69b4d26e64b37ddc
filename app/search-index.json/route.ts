import MiniSearch from 'minisearch';
import { searchDocuments } from '@/lib/content/search-documents';
import { SEARCH_OPTIONS } from '@/lib/search/search-options';

// Built once at build time as /search-index.json, and fetched the first time a reader searches.
export const dynamic = 'force-static';

export function GET() {
  const index = new MiniSearch(SEARCH_OPTIONS);
  index.addAll(searchDocuments());
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } });
}
