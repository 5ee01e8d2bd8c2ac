import type { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ValidationException } from '../errors/validation.exception.js';

export class ZodPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown): z.output<T> {
    const result = this.schema.safeParse(value ?? {});
    if (!result.success) throw new ValidationException(result.error.issues);
    return result.data;
  }
}
