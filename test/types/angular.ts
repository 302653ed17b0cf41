// Type-checked only (npm run typecheck:frameworks): the Angular example of docs/guides.md, as written there.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'nmt-widgets/define';
import type { NmtStatusChangeEvent } from 'nmt-widgets';

@Component({
  selector: 'app-helpline',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<nmt-hotline heading-level="3" (nmt-status-change)="changed($event)"></nmt-hotline>`,
})
export class HelplineComponent {
  open = false;

  changed(event: Event) {
    // The event Angular hands over is the widget's own, typed on the element and on document.
    this.open = (event as NmtStatusChangeEvent).status.open;
  }
}

// The element found in the component's view is typed too.
export const hotline: HTMLElementTagNameMap['nmt-hotline'] | null = document.querySelector('nmt-hotline');
