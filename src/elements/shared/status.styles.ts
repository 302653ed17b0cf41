/**
 * The status dot and line, shared by the hotline and the small status. The
 * text always says the state; the dot's shape differs too (filled when open,
 * half when closing soon, a ring when closed, a dotted ring when unknown), so colour is never alone.
 */
import { css } from 'lit';

export const statusStyles = css`
  .dot {
    display: inline-block;
    vertical-align: -0.05em;
    margin-inline-end: 0.45em;
    inline-size: 0.8em;
    block-size: 0.8em;
    border-radius: 50%;
    border: 0.15em solid var(--_dot);
    background: var(--_dot);
    --_dot: var(--nmt-color-open, #1a7f45);
  }
  .closing-soon .dot {
    --_dot: var(--nmt-color-soon, #b36b00);
    background: linear-gradient(90deg, var(--_dot) 50%, transparent 50%);
  }
  .unknown .dot {
    --_dot: var(--nmt-color-soon, #b36b00);
    background: transparent;
    border-style: dotted;
  }
  .closed .dot {
    --_dot: var(--nmt-color-closed, #c4314b);
    background: transparent;
  }
  @media (prefers-reduced-motion: no-preference) {
    .closing-soon .dot {
      animation: nmt-pulse 1.6s ease-in-out 4;
    }
  }
  @keyframes nmt-pulse {
    50% {
      opacity: 0.35;
    }
  }
  @media (forced-colors: active) {
    .dot {
      --_dot: CanvasText;
    }
  }
`;
