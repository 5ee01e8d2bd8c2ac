import { createTheme } from '@mantine/core';

// Noto Sans Arabic covers only Arabic code points (unicode-range), so Latin text falls through
// to the system font and the Arabic webfont is fetched only when Arabic is on screen.
const fontFamily =
  "'Noto Sans Arabic Variable', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export const theme = createTheme({
  primaryColor: 'teal',
  fontFamily,
  headings: { fontFamily },
  defaultRadius: 'md',
});
