"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";

let browserClient: QueryClient | undefined;

function makeClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } });
}

/** One client per server render; in the browser one for the whole visit, so the cache outlives a navigation. */
function queryClient(): QueryClient {
  if (typeof window === "undefined") return makeClient();
  browserClient ??= makeClient();
  return browserClient;
}

/**
 * react-query for the components that fetch with it (the goal chart, the goal
 * form's metric history). They wrap themselves in this provider instead of the
 * root layout doing it, so react-query is loaded only on the pages that use it.
 * A new component that calls useQuery wraps itself the same way.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient()}>{children}</QueryClientProvider>;
}
