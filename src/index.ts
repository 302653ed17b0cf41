/** `nmt-widgets`: element classes, types and the core API, without registering anything. */
export * from './hours.js';
export { NmtHotline } from './elements/hotline/hotline.js';
export { NmtOpenStatus } from './elements/open-status/open-status.js';
export { NmtContactList } from './elements/contact-list/contact-list.js';
export { NmtMemberAgencies } from './elements/member-agencies/member-agencies.js';
export { NmtStatusChangeEvent, NmtDataErrorEvent } from './events.js';
export { parseDataset, DatasetSchema, SCHEMA_VERSION } from './core/dataset.js';
export type { Dataset, DatasetResult, Contact, Member, LocalizedText } from './core/dataset.js';
export { datasetProblemText, type DatasetProblem, type DatasetProblemDetail } from './core/problems/index.js';
export { DEFAULT_DATASET } from './data/default-dataset.js';
export { telHref } from './core/links.js';
export { setWidgetLocale, widgetLocale, type WidgetLocale } from './i18n/locale.js';
export { clearDatasetCache } from './controllers/data-controller.js';
export { setDataTiming, type DataTiming } from './hosted-data/data-timing.js';
export { mountPlaceholders } from './cms-mount.js';
export { VERSION } from './version.js';
