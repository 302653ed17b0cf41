import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/hotline.js';

/*
 * The WordPress plugin in a running WordPress (Debian's 6.1, PHP's built-in server, MariaDB, the block theme
 * Twenty Twenty-Three), driven as its users would: an Author adds each block in the editor and publishes,
 * visitors see every widget in Swedish and English, axe finds nothing, the widgets stay in the theme's content
 * column, and the administrator sets the site's data source. (test/server/wordpress-plugin.mjs does the
 * driving; the site is on another origin than this page.)
 */
interface Started {
  ok: boolean;
  missing?: string[];
  seconds?: number;
}
interface Added {
  inserter: string[];
  previews: string[];
  post: { id: number; link: string };
  errors: string[];
}
interface Viewed {
  htmlLang: string;
  script: { integrity: string; crossorigin: string; defer: boolean; dataSrc: string | null; sameOrigin: boolean };
  headings: string[];
  column: { left: number; right: number; contentWidth: number };
  boxes: Array<{ widget: string; wrapper: boolean; left: number; right: number; elementInside: boolean }>;
  violations: string[];
  errors: string[];
}

describe('the WordPress plugin in a running WordPress', function () {
  // WordPress's pages are heavy (the block editor loads about 2 MB of script): 60 s each, so a busy machine
  // stays within a quarter of it (the summary reporter knows).
  this.timeout(60_000);
  let post: Added['post'];

  before(async function () {
    this.timeout(90_000); // MariaDB, WordPress's install and a browser of its own: about five seconds
    const started = (await executeServerCommand('wordpress-start')) as Started;
    expect(started.missing ?? [], 'what .ci/run installs from Debian').to.deep.equal([]);
    expect(started.ok).to.equal(true);
  });
  after(async function () {
    this.timeout(30_000);
    await executeServerCommand('wordpress-stop');
  });

  it('lets an Author (no unfiltered_html) add each widget as a block, in Swedish, previewed live, and publish', async () => {
    const added = (await executeServerCommand('wordpress-author-adds-blocks')) as Added;
    expect(added.errors).to.deep.equal([]);
    // The site is in Swedish: the plugin's own translation.
    expect(added.inserter).to.have.members([
      'Stödtelefonen',
      'Stödtelefonens status',
      'Kontaktpersoner för NMT',
      'NMT:s medlemmar',
    ]);
    expect(added.previews[0]).to.contain('020-390 000');
    expect(added.previews[2]).to.contain('Mats Paulsson');
    post = added.post;
  });

  for (const [locale, lang, heading] of [
    ['sv_SE', 'sv', 'Nationell stödtelefon för yrkesverksamma'],
    ['', 'en', 'National telephone helpline for professionals'], // (WordPress's own English: no language set)
  ]) {
    it(`shows every widget to a visitor in ${lang}, accessible, in the block theme's content column`, async () => {
      const viewed = (await executeServerCommand('wordpress-visitor-views', {
        id: post.id,
        width: 1280,
        locale,
      })) as Viewed;
      expect(viewed.errors).to.deep.equal([]);
      expect(viewed.htmlLang.slice(0, 2)).to.equal(lang);
      expect(viewed.headings[0]).to.equal(heading);
      expect(viewed.script).to.include({ crossorigin: 'anonymous', defer: true, sameOrigin: true });
      expect(viewed.script.integrity).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
      expect(viewed.violations).to.deep.equal([]);
      for (const box of viewed.boxes) {
        expect(box.wrapper && box.elementInside, box.widget).to.equal(true);
        // Within the theme's content width, centred in the column (as a paragraph is), not at its edge.
        expect(box.right - box.left, box.widget).to.be.at.most(viewed.column.contentWidth + 1);
        expect(box.left - viewed.column.left, box.widget).to.be.closeTo(viewed.column.right - box.right, 2);
      }
    });
  }

  it('fits a phone: every widget within a 320 px screen', async () => {
    const viewed = (await executeServerCommand('wordpress-visitor-views', {
      id: post.id,
      width: 320,
      locale: 'sv_SE',
    })) as Viewed;
    expect(viewed.violations).to.deep.equal([]);
    for (const box of viewed.boxes) expect(box.right, box.widget).to.be.at.most(320);
  });

  it('does not move the page when the script arrives late: each widget is painted from its prerender first', async () => {
    // English last but one: the site is left in Swedish, as the tests after this one expect.
    for (const [width, locale] of [
      [1280, ''],
      [320, 'sv_SE'],
    ] as const) {
      const { cls, prerendered } = (await executeServerCommand('wordpress-visitor-layout-shift', {
        id: post.id,
        width,
        locale,
      })) as { cls: number; prerendered: number };
      expect(prerendered, `${width} px`).to.equal(4);
      // Google's "good" is 0.1; the widgets aim at half of it (as on any page: test/host-page/layout-shift.test.ts).
      expect(cls, `${width} px`).to.be.at.most(0.05);
    }
  });

  it('has a prerender for every switch of every block (a switch added to the PHP alone would be served without one)', async () => {
    const { blocks, prerendered } = (await executeServerCommand('wordpress-block-switches')) as {
      blocks: Record<string, string[]>;
      prerendered: Record<string, string[]>;
    };
    expect(Object.keys(blocks)).to.have.length(4);
    expect(
      prerendered,
      'npm run wordpress:prerenders, after the switches in test/wordpress/prerenders.test.ts',
    ).to.deep.equal(blocks);
  });

  it("prerenders the hotline's social-services row as the widget renders it, so that setting a number moves nothing", async () => {
    const row = (root: ParentNode | null | undefined) =>
      root?.querySelectorAll('.urgent li')[2]?.innerHTML.replace(/<!--[^]*?-->/g, '');
    for (const [number, label] of [
      ['08-123 456 78', ''],
      ['+46 8 123 456 78', 'Socialjouren i <Exempelkommun> & grannar'],
      ['Växeln, knappval 3', 'Socialjouren'],
      // Unicode spaces: a no-break and a thin space are spaces to both languages' \s, a next-line (U+0085) only
      // to PCRE's, a byte-order mark only to JavaScript's.
      ['08-123\u00a0456 78', ''],
      ['020\u2009390\u2009000', ''],
      ['08-123\u0085456 78', ''],
      ['08-123\ufeff456 78', ''],
      ['', ''],
    ]) {
      const rendered = (await executeServerCommand('wordpress-render-block', {
        widget: 'hotline',
        attributes: { lang: 'sv', socialServicesNumber: number, socialServicesLabel: label },
      })) as string;
      const template = new DOMParser().parseFromString(rendered, 'text/html').querySelector('template');
      const element = await fixture<HTMLElement>(
        html`<nmt-hotline lang="sv" social-services-number=${number} social-services-label=${label}></nmt-hotline>`,
      );
      await waitUntil(() => row(element.shadowRoot), 'the hotline renders', { timeout: 5000 });
      expect(row(template?.content), number || 'no number').to.equal(row(element.shadowRoot));
    }
  });

  it("takes the site's data source on its settings page, an https: address and nothing else", async () => {
    const [refused, saved] = (await executeServerCommand('wordpress-admin-sets-data-source', {
      values: ['javascript:alert(1)', 'https://widgets.example.se/nmt-data.json'],
    })) as Array<{ saved: string; notice: string }>;
    expect(refused.saved).to.equal('');
    expect(refused.notice).to.contain('Datakällan måste vara en adress som börjar med https://');
    expect(saved.saved).to.equal('https://widgets.example.se/nmt-data.json');
  });

  it("names the site's saved data source in every page's script tag", async () => {
    // (The address the test before saved is an example: the widgets keep their built-in data.)
    const viewed = (await executeServerCommand('wordpress-visitor-views', {
      id: post.id,
      width: 1280,
      locale: 'sv_SE',
    })) as Viewed;
    expect(viewed.script.dataSrc).to.equal('https://widgets.example.se/nmt-data.json');
  });
});
