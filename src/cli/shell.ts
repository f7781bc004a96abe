// Lines for a person to paste into a POSIX shell.

/** A word as a POSIX shell reads it back: as is when it is plain, else single-quoted. */
export function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}
