/** The unmistakable marks of generated demonstration data. */
import type { VNode } from 'preact';

export const DEMO_EXPLANATION =
  'Gegenereerde demonstratiedata: geen echte cijfers. Er bestaat geen open bestand voor dit thema; ' +
  'de echte cijfers komen van de aanleverende dienst via een datacontract.';

export function DemoMark(): VNode {
  return (
    <strong class="demo-mark" title="gegenereerde demonstratiedata, geen echte cijfers">
      {' '}
      DEMODATA
    </strong>
  );
}

export function DemoBanner(): VNode {
  return (
    <div class="demo-banner" role="note">
      <strong>Let op: dit rapport bevat demonstratiedata.</strong> Alle tabellen met het label DEMODATA tonen
      gegenereerde, fictieve cijfers om te laten zien hoe het rapport eruitziet. Ze zijn niet echt en mogen
      niet gebruikt worden. De cijfers van Statbel over bevolking en nationaliteit zijn echt.
    </div>
  );
}
