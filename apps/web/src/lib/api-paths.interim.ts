/**
 * INTERIM: stands in for `@multaqa/contract/openapi` until the API publishes its generated
 * OpenAPI types. Written in openapi-typescript's shape so the switch is one import line.
 */
import type {
  CreatePackageInput,
  CreateUserInput,
  ListPackagesQuery,
  ListUsersQuery,
  LoginInput,
  Page,
  Problem,
  TrainingPackage,
  TrainingPackageSummary,
  UpdatePackageInput,
  UpdateUserInput,
  User,
  Language,
} from '@multaqa/contract';

type Json<T> = { headers: Record<string, unknown>; content: { 'application/json': T } };
type ProblemResponse = { headers: Record<string, unknown>; content: { 'application/problem+json': Problem } };
type NoContent = { headers: Record<string, unknown>; content?: never };
type Params<Q = never, P = never> = [P] extends [never]
  ? { query?: Q; header?: never; path?: never; cookie?: never }
  : { query?: Q; header?: never; path: P; cookie?: never };
type Body<B> = { content: { 'application/json': B } };

interface Op<R, Q = never, P = never> {
  parameters: Params<Q, P>;
  requestBody?: never;
  responses: R & { 400: ProblemResponse; 401: ProblemResponse; 403: ProblemResponse; 404: ProblemResponse; 409: ProblemResponse; 422: ProblemResponse; 429: ProblemResponse };
}
interface OpWithBody<B, R, P = never> {
  parameters: Params<never, P>;
  requestBody: Body<B>;
  responses: R & { 400: ProblemResponse; 401: ProblemResponse; 403: ProblemResponse; 404: ProblemResponse; 409: ProblemResponse; 422: ProblemResponse; 429: ProblemResponse };
}
interface PathItem {
  parameters: Params;
  get?: never;
  put?: never;
  post?: never;
  delete?: never;
  options?: never;
  head?: never;
  patch?: never;
  trace?: never;
}
type Id = { id: string };

export interface paths {
  '/api/auth/login': Omit<PathItem, 'post'> & { post: OpWithBody<LoginInput, { 200: Json<User> }> };
  '/api/auth/logout': Omit<PathItem, 'post'> & { post: Op<{ 204: NoContent }> };
  '/api/auth/me': Omit<PathItem, 'get' | 'patch'> & {
    get: Op<{ 200: Json<User> }>;
    patch: OpWithBody<{ preferredLanguage: Language }, { 200: Json<User> }>;
  };
  '/api/users': Omit<PathItem, 'get' | 'post'> & {
    get: Op<{ 200: Json<Page<User>> }, ListUsersQuery>;
    post: OpWithBody<CreateUserInput, { 201: Json<User> }>;
  };
  '/api/users/{id}': Omit<PathItem, 'patch'> & {
    patch: OpWithBody<UpdateUserInput, { 200: Json<User> }, Id>;
  };
  '/api/training-packages': Omit<PathItem, 'get' | 'post'> & {
    get: Op<{ 200: Json<Page<TrainingPackageSummary>> }, ListPackagesQuery>;
    post: OpWithBody<CreatePackageInput, { 201: Json<TrainingPackage> }>;
  };
  '/api/training-packages/{id}': Omit<PathItem, 'get' | 'patch' | 'delete'> & {
    get: Op<{ 200: Json<TrainingPackage> }, never, Id>;
    patch: OpWithBody<UpdatePackageInput, { 200: Json<TrainingPackage> }, Id>;
    delete: Op<{ 204: NoContent }, never, Id>;
  };
  '/api/training-packages/{id}/module-order': Omit<PathItem, 'put'> & {
    put: OpWithBody<{ moduleIds: string[] }, { 200: Json<TrainingPackage> }, Id>;
  };
  '/api/training-packages/{id}/publish': Omit<PathItem, 'post'> & {
    post: Op<{ 200: Json<TrainingPackage> }, never, Id>;
  };
  '/api/training-packages/{id}/archive': Omit<PathItem, 'post'> & {
    post: Op<{ 200: Json<TrainingPackage> }, never, Id>;
  };
  '/api/training-packages/{id}/new-version': Omit<PathItem, 'post'> & {
    post: Op<{ 201: Json<TrainingPackage> }, never, Id>;
  };
}
