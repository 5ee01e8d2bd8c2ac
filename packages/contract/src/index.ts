export * from './common.js';
export * from './validation.js';
export * from './users.js';
export * from './training-packages.js';
export { validationMessages } from './i18n/validation.js';
export * from './institutions.js';
export * from './events.js';
export * from './sessions.js';
export * from './public-events.js';
