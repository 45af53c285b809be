/** `%term%` for LIKE, with the caller's own wildcards taken literally. */
export const containsPattern = (term: string): string => `%${term.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
