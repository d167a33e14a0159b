// The floor: the smallest useful Lit element, bundled the same way as the kit. Whatever the kit weighs above this
// is the kit's own code; Lit itself is below it.
import { LitElement, css, html } from 'lit';

class BenchFloor extends LitElement {
  static properties = { text: {} };
  static styles = css`:host { display: block; }`;

  constructor() {
    super();
    this.text = 'Hello';
  }

  render() {
    return html`<p>${this.text}</p>`;
  }
}

customElements.define('bench-floor', BenchFloor);
