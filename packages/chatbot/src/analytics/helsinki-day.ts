// The calendar day in Kuopio (Europe/Helsinki) of an instant, as the statistics count days.

const format = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `YYYY-MM-DD` of epoch ms `time` in Finnish time. */
export function helsinkiDay(time: number): string {
  return format.format(new Date(time));
}
