export type SourceBytes = Map<string, number>;
export type Part = "framework" | "translations" | "packages" | "maalbar";
export declare function plainSource(source: string): string;
export declare function partOf(source: string): Part;
export declare function chunkSources(code: string, map: object, gzipBytes: number): SourceBytes;
export declare function explainRoute(
  sources: SourceBytes,
  shellOf: SourceBytes[],
  top?: number,
): {
  parts: { framework: number; translations: number; packages: number; shell: number; own: number };
  own: [string, number][];
  shell: string[];
};
export declare function whyReport(
  rows: {
    route: string;
    gzipBytes: number | null;
    budgetBytes: number;
    withinBudget: boolean | null;
    chunkBytes?: Record<string, number>;
  }[],
  fileOf: (url: string) => string,
  floorBytes: number,
): string[];
