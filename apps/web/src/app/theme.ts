import {
  createTheme,
  darken,
  DEFAULT_THEME,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

// Noto Sans Arabic Variable (bundled, OFL) is loaded by the signed-in pages only (styles-app.ts),
// split by unicode-range; public pages and other scripts fall back to the system font.
const fontFamily =
  "'Noto Sans Arabic Variable', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * Mantine's shade 9 darkened just enough to read at 4.5:1 (WCAG AA) both on white (filled
 * buttons, links, outline badges) and on the colour's own shade 1 (light badges). Mantine's
 * defaults give 2.6:1 for teal 6 and 2.7:1 for a yellow light badge.
 */
function readable(name: string, amount: number): MantineColorsTuple {
  const shades = [...DEFAULT_THEME.colors[name]];
  shades[9] = darken(shades[9], amount);
  return shades as unknown as MantineColorsTuple;
}

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 8 },
  colors: {
    teal: readable('teal', 0.08),
    red: readable('red', 0.04),
    orange: readable('orange', 0.16),
    yellow: readable('yellow', 0.3),
    green: readable('green', 0.14),
  },
  fontFamily,
  headings: { fontFamily },
  defaultRadius: 'md',
  components: {
    // A status is read in full: badges wrap instead of ending in "…" in a narrow column or
    // on a phone ("التسجيل مف…"), keep their size in a row, and are not shouted in capitals.
    Badge: {
      styles: {
        root: {
          flexShrink: 0,
          height: 'auto',
          minHeight: 'var(--badge-height)',
          overflow: 'visible',
          textTransform: 'none',
          paddingBlock: 2,
        },
        label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.35 },
      },
    },
  },
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
