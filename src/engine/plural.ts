// Number agreement for the two interface languages: "1 day", "2 days"; «1 день», «2 дня», «5 дней».

/** The Russian form for n: one (1, 21), few (2–4, 22–24) or many (0, 5–20, 25…). */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}
