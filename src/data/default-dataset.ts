/**
 * The embedded default: the Swedish Gender Equality Agency's page "Stödtelefon
 * och nationellt metodstödsteam - NMT" (published 12 November 2021, updated
 * 9 January 2023), as data. English follows the agency's own terms.
 */
import type { Dataset } from '../core/dataset.js';

export const DEFAULT_DATASET: Dataset = {
  schemaVersion: 1,
  updated: '2023-01-09',
  published: '2021-11-12',
  organisation: {
    name: { sv: 'Jämställdhetsmyndigheten', en: 'Swedish Gender Equality Agency' },
    // The agency's site: the domain of its staff's e-mail addresses on the source page.
    url: 'https://www.jamstalldhetsmyndigheten.se/',
  },
  hotline: {
    name: { sv: 'Nationell stödtelefon för yrkesverksamma', en: 'National telephone helpline for professionals' },
    audience: {
      sv: 'För dig som arbetar i kommun, myndighet eller frivilligorganisation och behöver råd och vägledning i ärenden som rör prostitution och människohandel.',
      en: 'For professionals in municipalities, government agencies and voluntary organisations who need advice and guidance in cases involving prostitution and human trafficking.',
    },
    description: {
      sv: 'Stödtelefonen erbjuder metodstöd i ärenden som rör prostitution och alla former av människohandel och människoexploatering. Du kan också få hänvisning vidare till en regionkoordinator eller annan aktör inom NMT.',
      en: 'The helpline offers methodological support in cases involving prostitution and all forms of human trafficking and exploitation. You can also be referred to a regional coordinator or another actor within the NMT.',
    },
    phone: '020-390 000',
    // The page says "office hours on weekdays"; these clock times are an assumption to be confirmed.
    hours: 'Mo-Fr 09:00-16:30; PH off; Dec 24,31 off; Jun 19-25 Fr off',
    hoursAssumed: true,
    timeZone: 'Europe/Stockholm',
  },
  urgent: {
    emergency: { phone: '112', text: { sv: 'Vid akut fara', en: 'In acute danger' } },
    police: { phone: '114 14', text: { sv: 'Brådskande ärenden: polisen', en: 'Urgent matters: the police' } },
    socialServices: {
      text: {
        sv: 'Socialjouren eller motsvarande jourfunktion inom socialtjänsten i din kommun',
        en: "The social services' on-call service (socialjour) in your municipality",
      },
    },
  },
  contacts: [
    {
      name: 'Mats Paulsson',
      title: {
        sv: 'Senior utredare, prostitution och människohandel',
        en: 'Senior Investigator, Prostitution and Human Trafficking',
      },
      phones: ['031 392 90 31', '073 056 87 79'],
      email: 'mats.paulsson@jamstalldhetsmyndigheten.se',
    },
    {
      name: 'Catrin Sandman',
      title: {
        sv: 'Kvalificerad utredare, prostitution och människohandel',
        en: 'Qualified Investigator, Prostitution and Human Trafficking',
      },
      phones: ['072 084 75 59'],
      email: 'catrin.sandman@jamstalldhetsmyndigheten.se',
    },
    {
      name: 'Yvonne Karlsson',
      title: {
        sv: 'Kvalificerad utredare, prostitution och människohandel',
        en: 'Qualified Investigator, Prostitution and Human Trafficking',
      },
      phones: ['070 784 74 86'],
      email: 'yvonne.karlsson@jamstalldhetsmyndigheten.se',
    },
  ],
  nmt: {
    name: {
      sv: 'Nationellt metodstödsteam mot prostitution och människohandel (NMT)',
      en: 'National Task Force against Prostitution and Human Trafficking (NMT)',
    },
    description: {
      sv: 'Jämställdhetsmyndigheten samordnar NMT, som består av representanter från myndigheter som arbetar mot prostitution, exploatering och människohandel. NMT fungerar som en operativ och strategisk resurs för att utveckla och effektivisera samverkan i det arbetet.',
      en: 'The Swedish Gender Equality Agency coordinates the NMT, made up of representatives of the agencies that work against prostitution, exploitation and human trafficking. The NMT is an operational and strategic resource for developing and streamlining cooperation in that work.',
    },
    url: 'https://nmtsverige.se/',
  },
  members: [
    { name: { sv: 'Polismyndigheten', en: 'Swedish Police Authority' }, url: 'https://polisen.se/' },
    { name: { sv: 'Åklagarmyndigheten', en: 'Swedish Prosecution Authority' }, url: 'https://aklagare.se/' },
    { name: { sv: 'Migrationsverket', en: 'Swedish Migration Agency' }, url: 'https://migrationsverket.se/' },
    { name: { sv: 'Skatteverket', en: 'Swedish Tax Agency' }, url: 'https://skatteverket.se/' },
    { name: { sv: 'Arbetsmiljöverket', en: 'Swedish Work Environment Authority' }, url: 'https://av.se/' },
    { name: { sv: 'Tullverket', en: 'Swedish Customs' }, url: 'https://tullverket.se/' },
    { name: { sv: 'Länsstyrelserna', en: 'County Administrative Boards' }, url: 'https://lansstyrelsen.se/' },
    { name: { sv: 'Socialtjänst och hälso- och sjukvård', en: 'Social services and health care' } },
  ],
};
