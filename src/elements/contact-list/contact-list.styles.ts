import { css } from 'lit';

export const contactListStyles = css`
  .base {
    display: grid;
    /* One column no wider than the widget, however long a word in it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .grid {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--nmt-contact-min-width, 16rem)), 1fr));
  }
  .card {
    display: grid;
    align-content: start;
    gap: 0.5em;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
    container-type: inline-size;
  }
  .card h1,
  .card h2,
  .card h3,
  .card h4,
  .card h5,
  .card h6 {
    font-size: 1.05em;
  }
  .title {
    color: var(--_muted);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 0.75em;
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    min-inline-size: 0;
  }
  /* An address is long: its label stands above it, so a long phone label ("Alternativt") never narrows it. */
  .email-label,
  .email-value {
    grid-column: 1 / -1;
  }
  /* Broken where breakable() offers it (after "@", before a dot); inside a word only where nothing else fits. */
  .email {
    overflow-wrap: break-word;
  }
  /* A narrow card: every label above its value. */
  @container (max-width: 16rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .vcard {
    justify-self: start;
    font-size: 0.95em;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`;
