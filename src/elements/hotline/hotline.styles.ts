import { css } from 'lit';

export const hotlineStyles = css`
  :host {
    container-type: inline-size;
  }
  .base {
    display: grid;
    /* One column no wider than the widget, however long a word in it. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_gap) * 0.75);
    padding: var(--nmt-padding, 1.25rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
  }
  .audience,
  .description {
    color: var(--_muted);
  }
  .number {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
  }
  .number-label {
    font-weight: 600;
  }
  .number a {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
    text-decoration-color: color-mix(in srgb, var(--_accent) 75%, currentColor);
    text-decoration-thickness: 0.1em;
    white-space: nowrap;
  }
  .hours-label {
    display: block;
    font-weight: 600;
  }
  /* Folded, one line high all year; the marker says it opens. */
  .deviations {
    margin-block-start: 0.5em;
  }
  .deviations summary {
    display: list-item;
    inline-size: fit-content;
    cursor: pointer;
  }
  .deviations > :not(summary) {
    margin-block-start: 0.25em;
  }
  .hours-note {
    margin-block-start: 0.25em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .hours ul {
    display: grid;
    gap: 0.125em;
  }
  .urgent {
    display: grid;
    gap: 0.5em;
    padding-block: 0.75em;
    padding-inline: 1em;
    border-inline-start: 0.3em solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  .urgent h1,
  .urgent h2,
  .urgent h3,
  .urgent h4,
  .urgent h5,
  .urgent h6 {
    font-size: 1em;
  }
  /* Closed: the urgent alternatives move above the number and stand out; nothing changes size, so the page does not move. */
  .is-closed .urgent {
    border-inline-start-color: var(--nmt-color-closed, #c4314b);
    background: color-mix(in srgb, var(--nmt-color-closed, #c4314b) 9%, transparent);
  }
  .urgent ul {
    display: grid;
    gap: 0.5em;
  }
  .urgent li {
    display: grid;
    grid-template-columns: minmax(4.5em, max-content) 1fr;
    gap: 0 0.75em;
    align-items: baseline;
  }
  .urgent-advice {
    grid-column: 1 / -1;
  }
  .urgent-number {
    font-weight: 700;
    font-size: 1.15em;
    white-space: nowrap;
  }
  /* Narrow columns and phones: less padding, each urgent number above its words. */
  @container (max-width: 24rem) {
    .base {
      padding: var(--nmt-padding, 0.875rem);
    }
    .urgent {
      padding-inline: 0.75em;
    }
    .urgent li {
      grid-template-columns: 1fr;
    }
  }
  :host([compact]) .base {
    padding: var(--nmt-padding, 0.875rem);
  }
  @media (forced-colors: active) {
    .base,
    .urgent {
      border-color: CanvasText;
    }
  }
`;
