/**
 * Calendar days in the admin's local time zone, as 'YYYY-MM-DD' keys (they sort as strings,
 * so "this week" is an index range).
 */
const pad = (n: number) => String(n).padStart(2, '0');

export function dayKey(date: Date | number = new Date()): string {
  const d = typeof date === 'number' ? new Date(date) : date;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
