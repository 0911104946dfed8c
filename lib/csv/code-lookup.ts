/**
 * Reads a registry code from a CSV cell written either as the code ("CODING_ACCURACY") or as
 * one of its labels ("Coding accuracy"): case, spaces, dashes and slashes are ignored, so
 * "coding-accuracy" and "A/R follow-up" match too.
 */
export interface CodeLookup<Code extends string> {
  /** The code, or undefined when the cell names none. */
  read(cell: string): Code | undefined;
  /** The codes, for error messages. */
  codes: readonly Code[];
}

const squeeze = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "");

export function codeLookup<Code extends string>(codes: readonly Code[], labels: ReadonlyArray<Partial<Record<Code, string>>> = []): CodeLookup<Code> {
  const byKey = new Map<string, Code>();
  for (const code of codes) byKey.set(squeeze(code), code);
  for (const table of labels) {
    for (const code of codes) {
      const label = table[code];
      if (label) byKey.set(squeeze(label), code);
    }
  }
  return {
    codes,
    read: (cell) => {
      const key = squeeze(cell);
      return key === "" ? undefined : byKey.get(key);
    },
  };
}
