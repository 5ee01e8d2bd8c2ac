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

type JsonNode = Record<string, unknown>;

/**
 * Two fixes to what zod writes for OpenAPI 3.0, over the whole document:
 * - 3.0 ignores `nullable` on a schema without a `type`, and zod writes a nullable reference
 *   as `{ nullable: true, allOf: [{ $ref }] }`: give such schemas the type their alternatives
 *   share (looked up through `$ref`s), so `null` is really allowed;
 * - an optional reference comes as `{ allOf: [{ $ref }] }` alone, which says no more than the
 *   reference itself: use the reference.
 */
export function tidySchemas(document: { components?: { schemas?: object } }): void {
  const components = (document.components?.schemas ?? {}) as Record<string, JsonNode>;
  const typeOf = (schema: JsonNode, seen = new Set<string>()): unknown => {
    const ref = schema.$ref;
    if (typeof ref === 'string') {
      const id = ref.replace('#/components/schemas/', '');
      const target = components[id];
      if (!target || seen.has(id)) return undefined;
      return typeOf(target, new Set([...seen, id]));
    }
    if (schema.type !== undefined) return schema.type;
    const members = (schema.allOf ?? schema.anyOf ?? schema.oneOf) as JsonNode[] | undefined;
    const types = new Set(members?.map((member) => typeOf(member, seen)));
    return types.size === 1 ? [...types][0] : undefined;
  };
  const tidy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(tidy);
    if (!node || typeof node !== 'object') return node;
    const schema = Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, tidy(value)]),
    ) as JsonNode;
    const keys = Object.keys(schema);
    if (keys.length === 1 && Array.isArray(schema.allOf) && schema.allOf.length === 1) {
      return schema.allOf[0];
    }
    if (schema.nullable === true && schema.type === undefined) {
      const type = typeOf(schema);
      if (type !== undefined) schema.type = type;
    }
    return schema;
  };
  Object.assign(document, tidy(document));
}
