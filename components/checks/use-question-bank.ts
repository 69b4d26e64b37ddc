'use client';

import { useEffect, useState } from 'react';
import type { BankQuestion } from '@/lib/checks/bank-types';

let cache: Promise<BankQuestion[]> | null = null;

/** The course's question bank, fetched from this site once per page. */
export function useQuestionBank(): { bank: BankQuestion[] | null; error: string | null } {
  const [bank, setBank] = useState<BankQuestion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    cache ??= fetch(`${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/question-bank.json`).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<BankQuestion[]>;
    });
    let live = true;
    cache.then(
      (b) => live && setBank(b),
      (e: Error) => {
        cache = null;
        if (live) setError(`The question bank could not be loaded (${e.message}). Check your connection and reload.`);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return { bank, error };
}
