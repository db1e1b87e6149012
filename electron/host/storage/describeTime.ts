/** A local time as a facilitator says it: `14:05 on 22 Nov`, with the year only when it is not this year. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function describeTime(time: Date, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = time.getFullYear() === now.getFullYear() ? '' : ` ${time.getFullYear()}`;
  return `${pad(time.getHours())}:${pad(time.getMinutes())} on ${time.getDate()} ${MONTHS[time.getMonth()]}${year}`;
}
