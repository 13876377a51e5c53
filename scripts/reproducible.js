'use strict';
// What makes the example workbooks reproducible: a seeded random source, and fixed zip timestamps.
//
// Zip timestamps: JSZip (under ExcelJS) stamps every entry with the time of writing. The example
// workbooks overwrite them, in the local headers and the central directory, with their fixed
// document date, so a rebuild gives the same bytes.

/**
 * `buffer` (a whole .xlsx) with every entry dated `date` (UTC, to the even second); modified in place.
 * @example stampZip(Buffer.from(await workbook.xlsx.writeBuffer()), new Date(Date.UTC(2020, 10, 30, 9)), 'demo-ledger.xlsx')
 */
function stampZip(buffer, date, file) {
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  let eocd = buffer.length - 22;
  while (eocd >= 0 && buffer.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file}: no zip end record`);
  const entries = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad zip directory`);
    buffer.writeUInt16LE(dosTime, at + 12);
    buffer.writeUInt16LE(dosDate, at + 14);
    const local = buffer.readUInt32LE(at + 42);
    if (buffer.readUInt32LE(local) !== 0x04034b50) throw new Error(`${file}: bad zip entry`);
    buffer.writeUInt16LE(dosTime, local + 10);
    buffer.writeUInt16LE(dosDate, local + 12);
    at += 46 + buffer.readUInt16LE(at + 28) + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return buffer;
}

/** mulberry32: a tiny seeded PRNG, so every run writes the same workbook. @example makeRandom(20200701)() // 0 ≤ x < 1 */
function makeRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

module.exports = { makeRandom, stampZip };
