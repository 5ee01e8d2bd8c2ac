import { z } from 'zod';

/** A `$ref` to a schema registered with `.meta({ id })`, or the schema inline. */
export function schemaRef(schema: z.ZodType): Record<string, unknown> {
  const id = z.globalRegistry.get(schema)?.id;
  if (id) return { $ref: `#/components/schemas/${id}` };
  return inlineSchema(schema);
}

/** The schema written out in full, ignoring registered ids (query parameters need no refs). */
export function inlineSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io: 'input',
    metadata: z.registry<{ id?: string }>(),
  }) as Record<string, unknown>;
}

/** Every registered contract schema, as OpenAPI components. */
export function contractComponents(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: 'openapi-3.0',
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Record<string, unknown>> };
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $id: _omit, ...rest } = schema;
      void _omit;
      return [id, rest];
    }),
  );
}
