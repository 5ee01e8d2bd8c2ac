import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Language } from '@multaqa/contract';
import type { Request } from 'express';
import { requestLanguage } from './i18n.js';

/** The language to answer in (Accept-Language, else the user's preference). */
export const RequestLanguage = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Language =>
    requestLanguage(ctx.switchToHttp().getRequest<Request>()),
);
