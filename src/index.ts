/** `nmt-widgets`: element classes, types and the core API, without registering anything. */
export * from './hours.js';
