/**
 * Belgian Lambert 1972 in shape: a conformal conic projection with the standard parallels
 * 49°50′ and 51°10′ N and central meridian 4°22′ E (d3-geo), in metres; y grows southwards.
 */
import { geoConicConformal } from 'd3-geo';

const EARTH_RADIUS_M = 6_371_000;

const lambert = geoConicConformal()
  .parallels([49 + 50 / 60, 51 + 10 / 60])
  .rotate([-(4 + 22 / 60), 0])
  .center([0, 50.8])
  .scale(EARTH_RADIUS_M)
  .translate([0, 0]);

/** Projects lon/lat arrays to planar x/y (metres, y down). */
export function projectPoints(lon: Float64Array, lat: Float64Array): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(lon.length);
  const y = new Float64Array(lon.length);
  for (let i = 0; i < lon.length; i++) {
    const p = lambert([lon[i] as number, lat[i] as number]);
    if (!p) throw new Error(`point ${lon[i]}, ${lat[i]} cannot be projected`);
    x[i] = p[0];
    y[i] = p[1];
  }
  return { x, y };
}
