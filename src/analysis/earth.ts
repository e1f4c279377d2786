/** Mean Earth radius in km, the one Turf uses, so distances here and in Turf agree. */
export const EARTH_RADIUS_KM = 6371.0088;

export const DEG = Math.PI / 180;
