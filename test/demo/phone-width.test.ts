import { expect, waitUntil } from '@open-wc/testing';

/*
 * What a phone shows: the demo's pages and a typical site, 320 px wide with
 * their own margins, every widget, in both languages, never wider than the
 * screen; and a page's inherited text styles stay out of the widgets.
 */
const TAGS = ['nmt-hotline', 'nmt-open-status', 'nmt-contact-list', 'nmt-member-agencies'];

async function open(path: string, width: number): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.defaultView!.customElements.get('nmt-hotline'), 'the widgets are defined', {
    timeout: 8000,
  });
  const widgets = [...doc.querySelectorAll<HTMLElement & { updateComplete?: Promise<boolean> }>(TAGS.join(','))];
  await Promise.all(widgets.map((el) => el.updateComplete));
  return doc;
}

/** Everything drawn past the page's right edge, or past the right edge of the widget it is in. */
function overflowing(doc: Document): string[] {
  const found: string[] = [];
  const walk = (root: Document | ShadowRoot, right: number, where: string) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.getBoundingClientRect().right > right) found.push(`${where} ${el.localName}.${el.className}`);
      if (el.shadowRoot) walk(el.shadowRoot, el.getBoundingClientRect().right + 0.5, el.localName);
    }
  };
  walk(doc, doc.documentElement.clientWidth + 0.5, 'page');
  return found;
}

describe('a phone 320 px wide', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const lang of ['sv', 'en']) {
    for (const page of ['index.html', 'data.html', 'configurator.html']) {
      it(`shows demo/${page} in ${lang} without scrolling sideways`, async () => {
        const doc = await open(`/demo/${page}?lang=${lang}`, 320);
        expect(doc.documentElement.lang).to.equal(lang);
        expect(overflowing(doc)).to.deep.equal([]);
        expect(doc.documentElement.scrollWidth).to.be.at.most(320);
      });
    }

    it(`shows every widget on a typical site's margins in ${lang} without scrolling sideways`, async () => {
      const doc = await open('/test/demo/pages/typical-site.html', 320);
      doc.documentElement.lang = lang;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const widgets = [...doc.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(TAGS.join(','))];
      await Promise.all(widgets.map((el) => el.updateComplete));
      expect(widgets.map((el) => el.localName)).to.include.members(TAGS);
      expect(widgets.every((el) => el.shadowRoot!.textContent!.trim().length > 0)).to.equal(true);
      expect(overflowing(doc)).to.deep.equal([]);
      expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    });
  }

  it('keeps the page\u2019s text-align, text-transform and letter-spacing out of a widget, and its font', async () => {
    const doc = await open('/test/demo/pages/typical-site.html', 1280);
    const hotline = doc.querySelector('#root nmt-hotline')!;
    const inside = getComputedStyle(hotline.shadowRoot!.querySelector('h2, h3, p, a')!);
    expect(inside.textAlign).to.equal('start');
    expect(inside.textTransform).to.equal('none');
    expect(inside.letterSpacing).to.equal('normal');
    expect(inside.fontFamily).to.equal(getComputedStyle(doc.body).fontFamily);
  });

  it('shows no symbol in place of a number when the local social services have none', async () => {
    const doc = await open('/test/demo/pages/typical-site.html', 1280);
    const urgent = doc.querySelector('main > nmt-hotline')!.shadowRoot!.querySelector('.urgent')!;
    expect(urgent.textContent).to.not.contain('\u260e');
    expect(urgent.querySelectorAll('li').length).to.equal(3);
  });
});
