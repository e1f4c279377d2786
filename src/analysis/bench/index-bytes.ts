/** Bytes held by the typed arrays directly inside an object (an index's memory footprint). */
export function typedArrayBytes(value: object): number {
  let bytes = 0;
  for (const v of Object.values(value)) if (ArrayBuffer.isView(v)) bytes += v.byteLength;
  return bytes;
}
