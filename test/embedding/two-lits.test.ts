// The built file carries its own Lit; a page built with another copy of Lit must keep working beside it.
// (This file does not import the kit's sources, so the countdown here is the built file's.)
import { expect, fixture } from '@open-wc/testing';
import { LitElement, html } from 'lit';

class PageElement extends LitElement {
  static override properties = { count: { type: Number } };
  count = 1;
  override render() {
    return html`<p>page element ${this.count}</p>`;
  }
}

describe('beside another copy of Lit', () => {
  it("the built file's widgets and a page element on the page's own Lit both render and update", async () => {
    customElements.define('page-lit-element', PageElement);
    const kit = '/dist/cmhw-widgets.js';
    await import(/* @vite-ignore */ kit);
    const host = await fixture(
      '<div><page-lit-element></page-lit-element><cmhw-countdown now="2023-02-08T12:00"></cmhw-countdown></div>',
    );
    const page = host.querySelector('page-lit-element') as PageElement;
    const widget = host.querySelector('cmhw-countdown') as HTMLElement & { updateComplete: Promise<unknown> };
    await Promise.all([page.updateComplete, widget.updateComplete]);
    // Two Lits on the page: the widget is not built on the page's LitElement.
    expect(widget).to.not.be.instanceOf(LitElement);
    expect((window as Window & { litElementVersions?: string[] }).litElementVersions).to.have.length(2);
    expect(widget.getAttribute('phase')).to.equal('during');
    expect(widget.shadowRoot!.textContent).to.contain('day 3 of 7');
    page.count = 2;
    widget.setAttribute('now', '2023-02-20T12:00');
    await Promise.all([page.updateComplete, widget.updateComplete]);
    expect(page.shadowRoot!.textContent).to.contain('page element 2');
    expect(widget.getAttribute('phase')).to.equal('after');
  });
});
