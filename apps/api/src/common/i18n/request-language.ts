import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Language } from '@multaqa/contract';
import type { AuthenticatedRequest } from '../auth/current-user.js';
import { negotiateLanguage } from './i18n.js';

/** The language to answer in (Accept-Language, else the user's preference). */
export const RequestLanguage = createParamDecorator((_data: unknown, ctx: ExecutionContext): Language => {
  const req = ctx.switchToHttp().getRequest<Partial<AuthenticatedRequest>>();
  return negotiateLanguage(req.headers?.['accept-language'], req.user?.preferredLanguage);
});
