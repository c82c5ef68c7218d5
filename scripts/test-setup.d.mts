// Types for scripts/test-setup.mjs (a plain script node runs directly), for its test.
type Stat = (file: string) => { mtimeMs: number };
export function packageInstall(root: string, stat?: Stat, exists?: (file: string) => boolean): string[] | null;
export function chromiumPath(env?: Record<string, string | undefined>, exists?: (file: string) => boolean): string | undefined;
export const NO_CHROMIUM: string;
