import { telHref } from '../../core/links.js';

/**
 * A phone number's tel: href for an attribute binding: undefined when it
 * cannot be dialled, so that `ifDefined` leaves the link without an href
 * (the analyzer accepts undefined there, not null).
 */
export const dialable = (phone: string): string | undefined => telHref(phone) ?? undefined;
