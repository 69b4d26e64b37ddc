import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { StorageNotices } from '@/components/progress/storage-notices';
import { StoreHydrator } from '@/components/progress/store-hydrator';
import { SearchShortcut } from '@/components/search/search-shortcut';
import { ServiceWorker } from '@/components/ui/service-worker';
import { SiteHeader } from '@/components/ui/site-header';
import { THEME_SCRIPT } from '@/lib/theme/theme-script';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Ring Zero', template: '%s · Ring Zero' },
  description: 'An interactive course on Windows kernel-mode driver development: driver models, IRQL and locks, and the flow of an IRP.',
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1419' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme before React hydrates; the attribute is expected to differ.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <StoreHydrator />
        <SearchShortcut />
        <SiteHeader />
        <StorageNotices />
        <ServiceWorker />
        {children}
      </body>
    </html>
  );
}
