import { createTheme } from '@mantine/core';

// Noto Sans Arabic Variable (bundled, OFL) is split by unicode-range: the browser fetches the
// Arabic file only when Arabic is on screen; other scripts fall back to the system font.
const fontFamily =
  "'Noto Sans Arabic Variable', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export const theme = createTheme({
  primaryColor: 'teal',
  fontFamily,
  headings: { fontFamily },
  defaultRadius: 'md',
});
