'use client';
// The words of the pages' frame that render in the browser without their page: the error
// boundaries (app/**/error.tsx). The root layout translates
// them once (the catalogue's Shell namespace, in the reader's language) and hands them down here,
// so the browser gets a handful of strings, not the catalogue nor a message formatter.
import { createContext, useContext, type ReactNode } from 'react';

export interface ShellText {
  errorTitle: string;
  errorBody: string;
  retry: string;
  errorCode: string;
  importTitle: string;
  importBody: string;
}

const ShellTextContext = createContext<ShellText | null>(null);

export function ShellTextProvider({ text, children }: { text: ShellText; children: ReactNode }) {
  return <ShellTextContext value={text}>{children}</ShellTextContext>;
}

export function useShellText(): ShellText {
  const text = useContext(ShellTextContext);
  if (!text) throw new Error('useShellText outside ShellTextProvider (app/layout.tsx)');
  return text;
}
