import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { NmtHotline } from '../../src/elements/hotline/hotline.js';
import { checkZoneRules, resetZoneRules, type ZoneData } from '../../src/core/zoned-time.js';
import { runZoneCheck, zoneChecksRun } from '../../src/zone-check.js';

const HOUR = 3_600_000;

describe('widgets when the browser’s zone data corrects the Stockholm rule', () => {
  // Back to the rule, and every widget re-evaluated with it.
  afterEach(() =>
    runZoneCheck(() => {
      resetZoneRules();
      return ['Europe/Stockholm'];
    }),
  );

  it('evaluate again at once, with the corrected offsets', async () => {
    // 15:00 UTC on 1 July is 17:00 in Swedish summer time: closed, after 16:30.
    const el = await fixture<NmtHotline>(html`<nmt-hotline now="2026-07-01T15:00:00Z"></nmt-hotline>`);
    expect(el.status!.open).to.equal(false);
    // The authority says Sweden kept winter time (UTC+1) all year: it is 16:00 there, and the line is open.
    const noSummerTime: ZoneData = () => HOUR;
    runZoneCheck(() => checkZoneRules(noSummerTime));
    await waitUntil(() => el.status!.open, 'the widget re-evaluates');
    expect(el.getAttribute('status')).to.equal('open');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('stänger 16.30');
  });

  it('check once the page is idle after a widget rendered', async () => {
    const before = zoneChecksRun();
    const el = await fixture<NmtHotline>(html`<nmt-hotline></nmt-hotline>`);
    await waitUntil(() => zoneChecksRun() > before, 'the check runs after the first paint', { timeout: 4000 });
    expect(el.status!.open).to.be.a('boolean');
  });
});
