export * from './common.js';
export * from './validation.js';
export * from './users.js';
export * from './training-packages.js';
export { validationMessages } from './i18n/validation.js';
