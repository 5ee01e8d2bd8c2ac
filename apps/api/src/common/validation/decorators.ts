import { Body, Param, type PipeTransform, Query } from '@nestjs/common';
import { ApiBody, ApiParam, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { z } from 'zod';
import { notFound } from '../errors/domain.exception.js';
import { inlineSchema, schemaRef } from './openapi-schemas.js';
import { ZodPipe } from './zod.pipe.js';

/**
 * Each decorator here both validates (through the zod pipe) and documents (OpenAPI), so the
 * schema that checks a request is the one the generated client is typed from.
 */
function methodOf(target: object, key: string | symbol | undefined): PropertyDescriptor {
  return Object.getOwnPropertyDescriptor(target, key!)!;
}

export function ZodBody(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    Body(new ZodPipe(schema))(target, key, index);
    ApiBody({ schema: schemaRef(schema) })(target, key!, methodOf(target, key));
  };
}

export function ZodQuery(schema: z.ZodObject): ParameterDecorator {
  return (target, key, index) => {
    Query(new ZodPipe(schema))(target, key, index);
    for (const [name, field] of Object.entries(schema.shape)) {
      ApiQuery({
        name,
        required: !(field as z.ZodType).safeParse(undefined).success,
        schema: inlineSchema(field as z.ZodType),
      })(target, key!, methodOf(target, key));
    }
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id cannot name anything, so it answers 404 like an unknown one. */
class IdPipe implements PipeTransform<string, string> {
  constructor(private readonly resource: string) {}
  transform(value: string): string {
    if (!UUID.test(value)) throw notFound(this.resource);
    return value.toLowerCase();
  }
}

export function IdParam(resource: string, name = 'id'): ParameterDecorator {
  return (target, key, index) => {
    Param(name, new IdPipe(resource))(target, key, index);
    ApiParam({ name, schema: { type: 'string', format: 'uuid' } })(
      target,
      key!,
      methodOf(target, key),
    );
  };
}

export function ZodResponse(status: number, schema?: z.ZodType): MethodDecorator {
  return ApiResponse({
    status,
    description: status === 204 ? 'No content' : 'OK',
    ...(schema ? { schema: schemaRef(schema) } : {}),
  });
}
