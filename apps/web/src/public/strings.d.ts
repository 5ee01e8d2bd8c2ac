/** The public pages' strings of one language (build/public-entry.ts). */
declare module 'virtual:public-strings/*' {
  const strings: Record<string, unknown>;
  export default strings;
}
