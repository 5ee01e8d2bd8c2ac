import type { INestApplication } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import type { OpenAPIObject, OperationObject } from '@nestjs/swagger';
import { ACCESS_KEY, type AccessRule } from '../common/auth/access.decorators.js';

/** The name of the session cookie's entry in `components.securitySchemes`. */
export const SESSION_SCHEME = 'cookie';

/**
 * The access rule of every route, keyed like Nest's default operationId
 * (`<Controller>_<method>`), read exactly as the AuthGuard reads it: the handler's rule
 * overrides its controller's.
 */
function accessRules(app: INestApplication): Map<string, AccessRule | undefined> {
  const reflector = new Reflector();
  const rules = new Map<string, AccessRule | undefined>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      const controller = metatype as new (...args: unknown[]) => object;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const method of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[method];
        if (method === 'constructor' || typeof handler !== 'function') continue;
        rules.set(
          `${controller.name}_${method}`,
          reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [handler, controller]),
        );
      }
    }
  }
  return rules;
}

function describe(rule: AccessRule): string {
  switch (rule.kind) {
    case 'public':
      return 'Who may call: anyone, without a session.';
    case 'signed-in':
      return 'Who may call: any signed-in user.';
    case 'roles':
      return `Who may call: signed-in users with the role ${rule.roles.join(' or ')}.`;
  }
}

/**
 * Writes each operation's access rule into the document: `security: []` for public routes,
 * the session cookie for the rest, and who may call it at the end of the description. The
 * rule stays declared once, on the route (`@Public()`, `@SignedIn()`, `@Roles(...)`).
 */
export function documentAccess(app: INestApplication, document: OpenAPIObject): void {
  const rules = accessRules(app);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, value] of Object.entries(item)) {
      if (!value || typeof value !== 'object' || !('responses' in value)) continue;
      const operation = value as OperationObject;
      const rule = operation.operationId ? rules.get(operation.operationId) : undefined;
      if (!rule) {
        // The guard refuses such a route anyway; the document must not claim a rule for it.
        throw new Error(
          `${method.toUpperCase()} ${path} (${operation.operationId ?? 'no operationId'}) declares no access rule: add @Public(), @SignedIn() or @Roles(...)`,
        );
      }
      operation.security = rule.kind === 'public' ? [] : [{ [SESSION_SCHEME]: [] }];
      operation.description = [operation.description, describe(rule)].filter(Boolean).join('\n\n');
    }
  }
}
