import { pathWithBase } from '../../shared/base';

/** The part of Pagefind's browser API (`pagefind/pagefind.js`) this site uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

export interface PagefindResultData {
  url: string;
  raw_url?: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string | string[]> }): Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<PagefindModule> | undefined;

/** Loads Pagefind and its index from `<base>pagefind/`, once; a failed load is retried next time. */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const url = pathWithBase('pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
