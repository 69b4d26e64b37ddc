import createMDX from '@next/mdx';
import type { NextConfig } from 'next';

/**
 * The course is a static export. Teams host it under a sub-path of an intranet
 * site, so the base path is read at build time: BASE_PATH=/courses/ring-zero.
 */
const basePath = normaliseBasePath(process.env.BASE_PATH);

function normaliseBasePath(raw: string | undefined): string {
  if (!raw || raw === '/') return '';
  const trimmed = raw.replace(/\/+$/, '');
  if (!/^\/[A-Za-z0-9._~\-/]+$/.test(trimmed)) {
    throw new Error(`BASE_PATH must look like /courses/ring-zero, got "${raw}"`);
  }
  return trimmed;
}

const nextConfig: NextConfig = {
  output: 'export',
  basePath,
  // Each route becomes a folder with an index.html, which every static host serves as is.
  trailingSlash: true,
  pageExtensions: ['ts', 'tsx', 'mdx'],
  images: { unoptimized: true },
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  poweredByHeader: false,
};

const withMDX = createMDX({
  options: {
    // Plugins are named by string so that Turbopack can pass them to its loader.
    remarkPlugins: ['remark-frontmatter', 'remark-gfm'],
    rehypePlugins: ['rehype-slug'],
  },
});

export default withMDX(nextConfig);
