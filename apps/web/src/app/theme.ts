import { createTheme } from '@mantine/core';

// Noto Sans Arabic Variable (bundled, OFL) is loaded by the signed-in pages only (styles-app.ts),
// split by unicode-range; public pages and other scripts fall back to the system font.
const fontFamily =
  "'Noto Sans Arabic Variable', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export const theme = createTheme({
  primaryColor: 'teal',
  fontFamily,
  headings: { fontFamily },
  defaultRadius: 'md',
});
