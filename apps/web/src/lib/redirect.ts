/** Where to go after sign-in: only same-site paths are followed (never `//evil.example` or a full URL). */
export function safeRedirect(target: string | undefined): string {
  return target && target.startsWith('/') && !target.startsWith('//') ? target : '/packages';
}
