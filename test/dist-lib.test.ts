// The npm entry for bundler users: dist/lib (built by tsc), ES modules that import `lit` rather than bundle it.
import { expect, fixture } from '@open-wc/testing';

describe('dist/lib (the npm entry)', () => {
  it('imports lit as a dependency instead of bundling it', async () => {
    const source = await (await fetch('/dist/lib/elements/countdown/countdown.js')).text();
    // The test server rewrites the bare `lit` import to the installed package, which shows it is an import.
    expect(source).to.match(/from ["'][./]*node_modules\/lit\/index\.js["']/);
    expect(source).not.to.contain('litElementVersions');
    const types = await fetch('/dist/lib/elements/countdown/countdown.d.ts');
    expect(types.ok, 'type declarations are built').to.equal(true);
  });

  it('registers <cmhw-countdown> from its index', async () => {
    const entry = '/dist/lib/index.js';
    await import(/* @vite-ignore */ entry);
    const el = await fixture('<cmhw-countdown now="2023-02-20T12:00"></cmhw-countdown>');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.getAttribute('phase')).to.equal('after');
  });
});
