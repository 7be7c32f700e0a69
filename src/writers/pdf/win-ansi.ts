/** The characters of codes 0x80–0x9F in WinAnsiEncoding (Windows-1252); 0 where the code is unused. */
const HIGH = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e,
  0x178,
];

/** The first and last code the form's simple font defines (space to ÿ). */
export const WIN_ANSI_FIRST = 0x20;
export const WIN_ANSI_LAST = 0xff;

/** The character a WinAnsiEncoding code stands for, or undefined for the five unused codes and controls. */
export function winAnsiChar(code: number): number | undefined {
  if (code >= 0x20 && code <= 0x7e) return code;
  if (code >= 0xa0 && code <= 0xff) return code;
  if (code >= 0x80 && code <= 0x9f) return HIGH[code - 0x80] || undefined;
  return undefined;
}
