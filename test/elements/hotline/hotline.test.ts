import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/define.js';
import type { NmtHotline } from '../../../src/elements/hotline/hotline.js';
import { setWidgetLocale } from '../../../src/i18n/locale.js';
import type { NmtStatusChangeEvent } from '../../../src/events.js';
import { AT, expectNoOverflow, fakeClock, textOf } from '../../support/helpers.js';

async function hotlineAt(now: string): Promise<NmtHotline> {
  return fixture<NmtHotline>(html`<nmt-hotline now=${now}></nmt-hotline>`);
}

describe('<nmt-hotline>', () => {
  before(() => setWidgetLocale('sv'));
  after(() => setWidgetLocale(null));

  it('shows the line, who it is for, and the number as a tel: link', async () => {
    const el = await hotlineAt(AT.mondayOpen);
    expect(textOf(el, 'h2')).to.equal('Nationell stödtelefon för yrkesverksamma');
    expect(textOf(el, '.audience')).to.contain('råd och vägledning i ärenden som rör prostitution och människohandel');
    const number = el.shadowRoot!.querySelector('[part="number"]') as HTMLAnchorElement;
    expect(number.textContent).to.equal('020-390 000');
    expect(number.getAttribute('href')).to.equal('tel:+4620390000');
  });

  it('always lists the urgent alternatives: 112, 114 14 and the local socialjour', async () => {
    const el = await hotlineAt(AT.mondayOpen);
    const links = [...el.shadowRoot!.querySelectorAll('.urgent a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['112', 'tel:112'],
      ['114 14', 'tel:11414'],
    ]);
    expect(textOf(el, '.urgent')).to.contain(
      'Socialjouren eller motsvarande jourfunktion inom socialtjänsten i din kommun',
    );
  });

  it('while closed, says so and whom to call instead right after the heading, in reading order too', async () => {
    const order = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('[part="heading"], [part="status"], [part="urgent"], [part="number"]')]
        .filter((node) => !node.closest('[part="urgent"]') || node.getAttribute('part') === 'urgent')
        .map((node) => node.getAttribute('part'));
    const closed = await hotlineAt(AT.mondayAfterHours);
    expect(order(closed)).to.deep.equal(['heading', 'status', 'urgent', 'number']);
    await expect(closed).to.be.accessible();
    const open = await hotlineAt(AT.mondayOpen);
    expect(order(open)).to.deep.equal(['heading', 'number', 'status', 'urgent']);
    await expect(open).to.be.accessible();
  });

  it('keeps the note on assumed hours when an invalid hours attribute falls back to them', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<NmtHotline>(html`<nmt-hotline now=${AT.mondayOpen} hours="Mo-Fr 9-17"></nmt-hotline>`);
      expect(textOf(el, '.hours-note')).to.contain('klockslagen är ungefärliga');
      const own = await fixture<NmtHotline>(
        html`<nmt-hotline now=${AT.mondayOpen} hours="Mo-Fr 08:00-17:00"></nmt-hotline>`,
      );
      expect(own.shadowRoot!.querySelector('.hours-note')).to.equal(null);
    } finally {
      warn.restore();
    }
  });

  it("links the municipality's own socialjour when it sets one", async () => {
    const el = await fixture<NmtHotline>(
      html`<nmt-hotline
        now=${AT.mondayOpen}
        social-services-number="040-34 12 00"
        social-services-label="Socialjouren i Malmö"
      ></nmt-hotline>`,
    );
    const link = el.shadowRoot!.querySelectorAll('.urgent a')[2] as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('tel:+4640341200');
    expect(textOf(el, '.urgent li:last-child')).to.equal('040-34 12 00 Socialjouren i Malmö');
  });

  it('keeps a socialjour number that cannot be dialled as text, not lost', async () => {
    const el = await fixture<NmtHotline>(
      html`<nmt-hotline now=${AT.mondayOpen} social-services-number="via växeln 040-34 10 00"></nmt-hotline>`,
    );
    expect(el.shadowRoot!.querySelectorAll('.urgent a')).to.have.length(2);
    expect(textOf(el, '.urgent li:last-child')).to.equal(
      'via växeln 040-34 10 00 Socialjouren eller motsvarande jourfunktion inom socialtjänsten i din kommun',
    );
  });

  describe('status at fixed instants', () => {
    const cases: Array<[string, string, 'open' | 'closed', string, string]> = [
      ['open on a weekday', AT.mondayOpen, 'open', 'Öppet nu', 'Öppet nu, stänger 16.30'],
      ['closing soon', AT.mondayClosingSoon, 'open', 'Stänger snart', 'Stänger snart, kl. 16.30'],
      ['closed after hours', AT.mondayAfterHours, 'closed', 'Stängt nu', 'Stängt nu, öppnar i morgon 09.00'],
      ['closed before opening', AT.mondayEarly, 'closed', 'Stängt nu', 'Stängt nu, öppnar i dag 09.00'],
      ['closed at the weekend', AT.saturday, 'closed', 'Stängt nu', 'Stängt nu, öppnar måndag 30 november 09.00'],
      [
        'closed on a public holiday',
        AT.juldagen,
        'closed',
        'Stängt nu',
        'Stängt nu, juldagen; öppnar måndag 28 december 09.00',
      ],
      ['closed on an eve', AT.julafton, 'closed', 'Stängt nu', 'Stängt nu, julafton; öppnar måndag 28 december 09.00'],
      [
        'closed on midsommarafton',
        AT.midsommarafton,
        'closed',
        'Stängt nu',
        'Stängt nu, midsommarafton; öppnar måndag 22 juni 09.00',
      ],
    ];
    for (const [name, now, status, label, line] of cases) {
      it(name, async () => {
        const el = await hotlineAt(now);
        expect(el.getAttribute('status')).to.equal(status);
        expect(el.status?.open).to.equal(status === 'open');
        expect(textOf(el, '.status-label')).to.equal(label);
        expect(textOf(el, '[part="status"]')).to.equal(line);
        await expect(el).to.be.accessible();
      });
    }

    it('sets custom states for CSS: open, closed and closing-soon', async () => {
      const soon = await hotlineAt(AT.mondayClosingSoon);
      expect(soon.matches(':state(open)')).to.equal(true);
      expect(soon.matches(':state(closing-soon)')).to.equal(true);
      const closed = await hotlineAt(AT.mondayAfterHours);
      expect(closed.matches(':state(closed)')).to.equal(true);
      expect(closed.matches(':state(open)')).to.equal(false);
    });

    it('emphasises the urgent alternatives while closed, first and marked, at the same height', async () => {
      const closed = await hotlineAt(AT.mondayAfterHours);
      expect(closed.shadowRoot!.querySelector('.base')!.classList.contains('is-closed')).to.equal(true);
      const order = (el: Element) =>
        [...el.shadowRoot!.querySelectorAll('.urgent, .number')].map((part) => part.className);
      expect(order(closed)).to.deep.equal(['urgent', 'number']);
      expect(textOf(closed, '.urgent h3')).to.equal('Om det är brådskande');
      const open = await hotlineAt(AT.mondayOpen);
      expect(order(open)).to.deep.equal(['number', 'urgent']);
      expect(textOf(open, '.urgent h3')).to.equal('Om det är brådskande');
      // Closing moves the parts, not the page below: the widget keeps its height.
      expect(closed.getBoundingClientRect().height).to.be.closeTo(open.getBoundingClientRect().height, 1);
    });
  });

  it("shows OSM's unknown state (times with only a comment) in words, without claiming closed", async () => {
    const el = await fixture<NmtHotline>(
      html`<nmt-hotline now=${AT.mondayOpen} hours='Mo-Fr 09:00-16:30 "enligt överenskommelse"; PH off'></nmt-hotline>`,
    );
    expect(el.status).to.deep.include({ open: false, unknown: true, comment: 'enligt överenskommelse' });
    expect(el.getAttribute('status')).to.equal('closed');
    expect(el.matches(':state(unknown)')).to.equal(true);
    expect(textOf(el, '[part="status"]')).to.equal('Osäkert nu, enligt överenskommelse; till 16.30');
    expect(textOf(el, '.urgent h3')).to.equal('Om det är brådskande');
    expect(textOf(el, '.hours-list li')).to.equal('Måndag–fredag 09.00–16.30 (enligt överenskommelse)');
    await expect(el).to.be.accessible();
  });

  it('writes the hours in words from the schedule', async () => {
    const el = await hotlineAt(AT.mondayOpen);
    expect([...el.shadowRoot!.querySelectorAll('.hours-list li')].map((li) => li.textContent)).to.deep.equal([
      'Måndag–fredag 09.00–16.30',
      'Stängt helgdagar, midsommarafton, julafton och nyårsafton',
    ]);
  });

  it('says that the default clock times are an assumption, as the source only says office hours', async () => {
    const el = await hotlineAt(AT.mondayOpen);
    expect(textOf(el, '.hours-note')).to.equal('Bemannad under kontorstid på vardagar; klockslagen är ungefärliga.');
    const own = await fixture<NmtHotline>(
      html`<nmt-hotline now=${AT.mondayOpen} hours="Mo-Fr 08:00-17:00"></nmt-hotline>`,
    );
    expect(own.shadowRoot!.querySelector('.hours-note'), 'not for hours a site sets itself').to.equal(null);
  });

  it('folds the coming deviations: one line high whatever the date, listed when opened', async () => {
    const december = await hotlineAt(AT.mondayOpen);
    const fold = december.shadowRoot!.querySelector('details.deviations') as HTMLDetailsElement;
    expect(fold.open).to.equal(false);
    expect(fold.querySelector('summary')!.textContent!.trim()).to.equal('Kommande avvikelser');
    expect([...fold.querySelectorAll('li')].map((li) => li.textContent)[0]).to.equal(
      'Torsdag 24 december (julafton): stängt',
    );
    // Weeks without a holiday (January to March) and Christmas list differently, and the widget is as high.
    const quiet = await hotlineAt('2027-01-11T10:00:00+01:00');
    expect(textOf(quiet, 'details.deviations p')).to.equal('Inga de närmaste åtta veckorna.');
    expect(quiet.getBoundingClientRect().height).to.be.closeTo(december.getBoundingClientRect().height, 1);
    fold.open = true;
    await december.updateComplete;
    expect(fold.querySelector('li')!.getBoundingClientRect().height, 'shown when opened').to.be.above(0);
  });

  it('takes its hours from the hours attribute', async () => {
    const el = await fixture<NmtHotline>(
      html`<nmt-hotline now=${AT.mondayAfterHours} hours="Mo-Th 08:00-12:00; PH off"></nmt-hotline>`,
    );
    expect(el.getAttribute('status')).to.equal('closed');
    expect(textOf(el, '[part="status"]')).to.equal('Stängt nu, öppnar i morgon 08.00');
    expect(textOf(el, '.hours-list li')).to.equal('Måndag–torsdag 08.00–12.00');
  });

  it('keeps the dataset hours, and warns, when the hours attribute is malformed', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<NmtHotline>(
        html`<nmt-hotline now=${AT.mondayOpen} hours="Mo-Fr 09.00-16.30"></nmt-hotline>`,
      );
      expect(el.getAttribute('status')).to.equal('open');
      expect(warn.calledWithMatch(/hours attribute was not used: Times are written with a colon/)).to.equal(true);
    } finally {
      warn.restore();
    }
  });

  it('uses the real clock when now is not an instant, and says so', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await hotlineAt('yesterday');
      expect(el.getAttribute('status')).to.be.oneOf(['open', 'closed']);
      expect(warn.calledWithMatch(/now="yesterday" is not an ISO 8601 instant/)).to.equal(true);
    } finally {
      warn.restore();
    }
  });

  it('puts its heading at heading-level, and the urgent heading one below', async () => {
    const el = await fixture<NmtHotline>(html`<nmt-hotline now=${AT.mondayOpen} heading-level="4"></nmt-hotline>`);
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal('Nationell stödtelefon för yrkesverksamma');
    expect(el.shadowRoot!.querySelector('h5')!.textContent).to.equal('Om det är brådskande');
  });

  it('has a compact variant and can leave the urgent block out', async () => {
    const el = await fixture<NmtHotline>(html`<nmt-hotline now=${AT.mondayOpen} compact hide-urgent></nmt-hotline>`);
    expect(el.shadowRoot!.querySelector('.audience')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.hours')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.urgent')).to.equal(null);
    expect(textOf(el, '[part="status"]')).to.equal('Öppet nu, stänger 16.30');
  });

  it('shows light-DOM children only until it upgrades', async () => {
    const el = await fixture<NmtHotline>(
      html`<nmt-hotline now=${AT.mondayOpen}><p id="fallback">Ring 020-390 000</p></nmt-hotline>`,
    );
    const fallback = el.querySelector('#fallback')!;
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(fallback.getClientRects().length).to.equal(0);
  });

  it('reflows at 320 px without scrolling sideways', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><nmt-hotline now=${AT.mondayAfterHours}></nmt-hotline></div>`,
    );
    const el = wrapper.querySelector('nmt-hotline')!;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    expectNoOverflow(wrapper, el);
  });

  it('is reachable by keyboard: the number, the folded deviations, then the urgent numbers', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    const el = await hotlineAt(AT.mondayOpen);
    el.before(before);
    before.focus();
    const focused: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      focused.push(el.shadowRoot!.activeElement?.textContent ?? '');
    }
    expect(focused).to.deep.equal(['020-390 000', 'Kommande avvikelser', '112', '114 14']);
    before.remove();
  });

  it('is accessible in English as well', async () => {
    setWidgetLocale('en');
    try {
      const el = await hotlineAt(AT.julafton);
      await el.updateComplete;
      expect(textOf(el, 'h2')).to.equal('National telephone helpline for professionals');
      await expect(el).to.be.accessible();
    } finally {
      setWidgetLocale('sv');
    }
  });

  describe('live, with a fake clock', () => {
    let clock: sinon.SinonFakeTimers;
    afterEach(() => clock?.restore());

    it('flips at the exact closing instant and fires nmt-status-change once', async () => {
      clock = fakeClock('2026-11-30T16:29:58+01:00');
      const el = await fixture<NmtHotline>(html`<nmt-hotline></nmt-hotline>`);
      const events: Event[] = [];
      el.addEventListener('nmt-status-change', (e) => events.push(e));
      expect(el.getAttribute('status')).to.equal('open');
      expect(textOf(el, '[role="status"]')).to.equal('');

      await clock.tickAsync(1999);
      await el.updateComplete;
      expect(el.getAttribute('status'), 'a millisecond before').to.equal('open');

      await clock.tickAsync(1);
      await el.updateComplete;
      expect(el.getAttribute('status'), 'at 16:30:00.000').to.equal('closed');
      expect(events).to.have.length(1);
      const event = events[0] as NmtStatusChangeEvent;
      expect(event.status.open).to.equal(false);
      expect(event.detail.status).to.equal(event.status);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(textOf(el, '[role="status"]')).to.equal('Stängt nu, öppnar i morgon 09.00');

      await clock.tickAsync(60 * 60 * 1000);
      await el.updateComplete;
      expect(events, 'nothing more within the hour').to.have.length(1);
    });

    it('closes on Friday and opens on Monday across the spring DST change, one event each', async () => {
      // 2026-03-29: clocks go from 02:00 CET to 03:00 CEST; Monday opens at 09:00 CEST = 07:00 UTC.
      clock = fakeClock('2026-03-27T16:29:00+01:00');
      const el = await fixture<NmtHotline>(html`<nmt-hotline></nmt-hotline>`);
      const flips: string[] = [];
      el.addEventListener('nmt-status-change', (e) => flips.push(`${new Date().toISOString()} ${e.status.open}`));
      await clock.tickAsync(2 * 60_000);
      expect(flips, 'closed at 16:30:00.000 on Friday').to.deep.equal(['2026-03-27T15:30:00.000Z false']);
      // The weekend in one synchronous jump (about 4,000 watchdog rounds, which an asynchronous tick would
      // pace one macrotask each); the wake-ups at midnight are handled when it ends.
      clock.tick(Date.parse('2026-03-30T06:59:00Z') - Date.now());
      await el.updateComplete;
      await clock.tickAsync(59_999);
      await el.updateComplete;
      expect(el.getAttribute('status'), 'still closed a millisecond before').to.equal('closed');
      expect(textOf(el, '[part="status"]')).to.equal('Stängt nu, öppnar i dag 09.00');
      await clock.tickAsync(1);
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('open');
      expect(flips).to.deep.equal(['2026-03-27T15:30:00.000Z false', '2026-03-30T07:00:00.000Z true']);
    });

    it('switches to closing soon 15 minutes before closing, without an event', async () => {
      clock = fakeClock('2026-11-30T16:14:59+01:00');
      const el = await fixture<NmtHotline>(html`<nmt-hotline></nmt-hotline>`);
      const change = sinon.spy();
      el.addEventListener('nmt-status-change', change);
      await clock.tickAsync(1000);
      await el.updateComplete;
      expect(textOf(el, '.status-label')).to.equal('Stänger snart');
      expect(textOf(el, '[role="status"]')).to.equal('Stänger snart, kl. 16.30');
      expect(change.called).to.equal(false);
    });

    it('keeps one timer for the next change and one watchdog, not a poll', async () => {
      clock = fakeClock(AT.mondayOpen);
      await fixture<NmtHotline>(html`<nmt-hotline></nmt-hotline>`);
      expect(clock.countTimers()).to.equal(2);
    });

    it('clears its timers when removed', async () => {
      clock = fakeClock(AT.mondayOpen);
      const el = await fixture<NmtHotline>(html`<nmt-hotline></nmt-hotline>`);
      el.remove();
      expect(clock.countTimers()).to.equal(0);
    });

    it('sets no timer at all while the clock is frozen with now', async () => {
      clock = fakeClock(AT.mondayOpen);
      await fixture<NmtHotline>(html`<nmt-hotline now=${AT.mondayClosingSoon}></nmt-hotline>`);
      expect(clock.countTimers()).to.equal(0);
    });

    it('shares one timer and one watchdog among a hundred widgets, and wakes only those whose words change', async () => {
      clock = fakeClock('2026-11-30T16:14:00+01:00');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          ${Array.from({ length: 50 }, () => html`<nmt-hotline></nmt-hotline><nmt-open-status></nmt-open-status>`)}
          <nmt-hotline hours="Mo-Fr 08:00-20:00"></nmt-hotline>
        </div>`,
      );
      expect(clock.countTimers(), 'one timeout and one watchdog').to.equal(2);
      const updates = new Map<Element, number>();
      for (const el of wrapper.children) {
        const original = (el as NmtHotline).requestUpdate.bind(el);
        (el as NmtHotline).requestUpdate = (...args: Parameters<NmtHotline['requestUpdate']>) => {
          updates.set(el, (updates.get(el) ?? 0) + 1);
          return original(...args);
        };
      }
      await clock.tickAsync(60_000); // 16:15: closing soon for the default hours, not for 08:00-20:00
      const woken = [...updates.keys()];
      expect(woken.length).to.equal(100);
      expect(woken).to.not.include(wrapper.lastElementChild);
      expect(clock.countTimers()).to.equal(2);
    });

    it('runs nothing while the page is hidden, and catches up when it is shown', async () => {
      clock = fakeClock(AT.mondayOpen);
      const el = await fixture<NmtHotline>(html`<nmt-hotline></nmt-hotline>`);
      let state = 'visible';
      const visibility = sinon.stub(document, 'visibilityState').get(() => state);
      try {
        state = 'hidden';
        document.dispatchEvent(new Event('visibilitychange'));
        expect(clock.countTimers()).to.equal(0);
        clock.setSystemTime(new Date(AT.mondayAfterHours));
        const changed = oneEvent(el, 'nmt-status-change');
        state = 'visible';
        document.dispatchEvent(new Event('visibilitychange'));
        await changed;
        expect(el.getAttribute('status')).to.equal('closed');
        expect(clock.countTimers()).to.equal(2);
      } finally {
        visibility.restore();
      }
    });

    it('re-checks when the page becomes visible again', async () => {
      clock = fakeClock(AT.mondayOpen);
      const el = await fixture<NmtHotline>(html`<nmt-hotline></nmt-hotline>`);
      clock.setSystemTime(new Date(AT.mondayAfterHours)); // slept: no timer ran
      const changed = oneEvent(el, 'nmt-status-change');
      const visibility = sinon.stub(document, 'visibilityState').get(() => 'visible');
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        await changed;
      } finally {
        visibility.restore();
      }
      expect(el.getAttribute('status')).to.equal('closed');
    });

    it('re-checks when the wall clock jumps', async () => {
      clock = fakeClock(AT.mondayOpen);
      const el = await fixture<NmtHotline>(html`<nmt-hotline></nmt-hotline>`);
      clock.setSystemTime(new Date(AT.mondayAfterHours)); // the system time was changed
      await clock.tickAsync(60_000); // the watchdog's next look
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('closed');
    });
  });
});
