/** Returns rows as a plain-text table with a header line, columns padded to their widest cell. */
export function formatTable(header: string[], rows: string[][], maxWidth = 60): string {
  const cells = [header, ...rows].map((r) => r.map((c) => (c.length > maxWidth ? `${c.slice(0, maxWidth - 1)}…` : c)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return `${cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n')}\n`;
}

/** Returns "5 min ago", "in 2 h", or "never" for an ISO time relative to `now`. */
export function relativeTime(iso: string | null, now: Date): string {
  if (!iso) return 'never';
  const diffSec = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const abs = Math.abs(diffSec);
  const text = abs < 60 ? `${abs} s` : abs < 3600 ? `${Math.round(abs / 60)} min` : abs < 86_400 ? `${Math.round(abs / 3600)} h` : `${Math.round(abs / 86_400)} d`;
  if (abs < 5) return 'now';
  return diffSec < 0 ? `${text} ago` : `in ${text}`;
}
