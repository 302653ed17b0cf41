/** Styles every element shares: inherit the host page, readable links and focus, a hidden-text helper. */
import { css } from 'lit';

export const sharedStyles = css`
  /*
   * Font and colour come from the page; how text is laid out is the widget's own, so that a page's
   * "text-align: center" or "text-transform: uppercase" on an ancestor does not reach into it.
   */
  :host {
    display: block;
    font: inherit;
    color: inherit;
    line-height: 1.5;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    --_accent: var(--nmt-color-accent, #1a5d38);
    --_muted: var(--nmt-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_border: var(--nmt-color-border, color-mix(in srgb, currentColor 28%, transparent));
    --_surface: var(--nmt-color-surface, transparent);
    --_radius: var(--nmt-radius, 0.5rem);
    --_gap: var(--nmt-space, 1rem);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font: inherit;
    font-weight: 700;
    font-size: 1.15em;
    line-height: 1.3;
    margin: 0;
    /* "Jämställdhetsmyndigheten" is wider than a phone's column at this size: broken where it must be. */
    overflow-wrap: break-word;
  }
  p {
    margin: 0;
  }
  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  a:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--nmt-color-focus, currentColor);
    outline-offset: 2px;
    border-radius: 2px;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * On paper: black on white, no live status and nothing that moves; web links
 * printed with their address (phone numbers and e-mail addresses already are
 * their own text); nothing that only works on a screen.
 */
export const printStyles = css`
  @media print {
    :host {
      color: #000 !important;
      background: #fff !important;
    }
    *,
    *::before,
    *::after {
      color: #000 !important;
      background: transparent !important;
      border-color: #000 !important;
      box-shadow: none !important;
      animation: none !important;
      transition: none !important;
    }
    [part~='status'],
    [role='status'],
    .dot,
    .vcard {
      display: none !important;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.9em;
      overflow-wrap: anywhere;
    }
  }
`;
