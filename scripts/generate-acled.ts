// Writes N ACLED-style CSV rows (default 1,000,000, about 106 bytes each) for benchmarks: seeded, so the same
// N gives the same file. `tsx scripts/generate-acled.ts OUT [N]`. Coordinates are uniform over lon 20–100,
// lat 0–60 with four decimals, as ACLED publishes them; a few values need CSV quoting, as real exports do.
import { createWriteStream } from 'node:fs';
import { seededRandom } from '../src/analysis/bench/seeded-points.ts';

const HEADER =
  'event_id_cnty,event_date,year,event_type,sub_event_type,country,admin1,location,latitude,longitude,fatalities';
const TYPES = [
  ['Explosions/Remote violence', 'Suicide bomb'],
  ['Battles', 'Armed clash'],
  ['Violence against civilians', 'Attack'],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
];
const PLACES = [
  ['AFG', 'Afghanistan', 'Kabul', 'Kabul'],
  ['PAK', 'Pakistan', 'Khyber Pakhtunkhwa', 'Peshawar'],
  ['IRN', 'Iran', 'Kerman', 'Kerman'],
  ['TJK', 'Tajikistan', 'Dushanbe', 'Dushanbe'],
  ['IND', 'India', 'Jammu and Kashmir', 'Srinagar, Old City'],
];

export async function generateAcled(out: string, n: number, seed = 20260518): Promise<void> {
  const random = seededRandom(seed);
  const stream = createWriteStream(out);
  const write = (text: string) =>
    stream.write(text) ? Promise.resolve() : new Promise<void>((r) => stream.once('drain', () => r()));
  await write(`${HEADER}\n`);
  let chunk: string[] = [];
  for (let i = 0; i < n; i++) {
    const [type, sub] = TYPES[Math.floor(random() * TYPES.length)];
    const [code, country, admin1, location] = PLACES[Math.floor(random() * PLACES.length)];
    const year = 2017 + Math.floor(random() * 8);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const lat = (random() * 60).toFixed(4);
    const lon = (20 + random() * 80).toFixed(4);
    const fatalities = Math.floor(random() * random() * 40);
    const place = location.includes(',') ? `"${location}"` : location;
    chunk.push(
      `${code}${100000 + i},${year}-${month}-${day},${year},${type},${sub},${country},${admin1},${place},${lat},${lon},${fatalities}`,
    );
    if (chunk.length === 10_000) {
      await write(`${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  if (chunk.length) await write(`${chunk.join('\n')}\n`);
  await new Promise<void>((resolve, reject) =>
    stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, n] = process.argv.slice(2);
  if (!out) {
    process.stderr.write('usage: tsx scripts/generate-acled.ts OUT [N]\n');
    process.exit(2);
  }
  await generateAcled(out, Number(n ?? 1_000_000));
}
