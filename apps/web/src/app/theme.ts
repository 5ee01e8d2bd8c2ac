import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// Noto Sans Arabic Variable (bundled, OFL) is loaded by the signed-in pages only (styles-app.ts),
// split by unicode-range; public pages and other scripts fall back to the system font.
const fontFamily =
  "'Noto Sans Arabic Variable', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export const theme = createTheme({
  primaryColor: 'teal',
  // Teal 6 and grey 6 on white (2.55:1, 3.32:1) fail WCAG AA for text; shade 9 reads at 5:1.
  primaryShade: { light: 9, dark: 8 },
  fontFamily,
  headings: { fontFamily },
  defaultRadius: 'md',
});

/**
 * Secondary ("dimmed") text dark enough for WCAG AA on white and on grey 0 (7.8:1); "light"
 * badges and alerts on shade 0 rather than 1, so their shade-9 text reads at 4.5:1 or more
 * (teal 9 on teal 1 was 4.36:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.keys(resolved.colors).map((name) => [
        `--mantine-color-${name}-light`,
        `var(--mantine-color-${name}-0)`,
      ]),
    ),
  },
  dark: {},
});
