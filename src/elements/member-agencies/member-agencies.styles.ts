import { css } from 'lit';

export const memberAgenciesStyles = css`
  .base {
    display: grid;
    /* One column no wider than the widget, however long a word in it. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_gap) * 0.75);
  }
  .description {
    max-inline-size: 70ch;
  }
  .members-label {
    font-weight: 600;
  }
  .members {
    display: grid;
    gap: 0.25em 1.5em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  .members li {
    padding-block: 0.375em;
    border-block-end: 1px solid var(--_border);
  }
  .external {
    display: inline;
  }
  .nowrap {
    white-space: nowrap;
  }
  .arrow {
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    margin-inline-start: 0.3em;
    vertical-align: baseline;
  }
  :host(:dir(rtl)) .arrow {
    transform: scaleX(-1);
  }
`;
