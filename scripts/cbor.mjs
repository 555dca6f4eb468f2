// The subset of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers,
// text strings, arrays. Enough to read and re-write them (scripts/search-index.mjs).

export function decodeCbor(buf) {
  let i = 0;
  const length = (info) => {
    if (info < 24) return info;
    if (info === 24) return buf[i++];
    if (info === 25) return (i += 2), buf.readUInt16BE(i - 2);
    if (info === 26) return (i += 4), buf.readUInt32BE(i - 4);
    if (info === 27) return (i += 8), Number(buf.readBigUInt64BE(i - 8));
    throw new Error(`CBOR: unsupported length ${info} at ${i}`);
  };
  const item = () => {
    const head = buf[i++];
    const major = head >> 5;
    const info = head & 31;
    if (major === 0) return length(info);
    if (major === 1) return -1 - length(info);
    if (major === 3) {
      const n = length(info);
      i += n;
      return buf.toString('utf8', i - n, i);
    }
    if (major === 4) {
      if (info === 31) {
        const out = [];
        while (buf[i] !== 0xff) out.push(item());
        i++;
        return out;
      }
      const n = length(info);
      const out = [];
      for (let k = 0; k < n; k++) out.push(item());
      return out;
    }
    throw new Error(`CBOR: unsupported major type ${major} at ${i - 1}`);
  };
  const value = item();
  if (i !== buf.length) throw new Error(`CBOR: ${buf.length - i} trailing bytes`);
  return value;
}

export function encodeCbor(value) {
  const parts = [];
  const head = (major, n) => {
    if (n < 24) parts.push(Buffer.from([(major << 5) | n]));
    else if (n < 0x100) parts.push(Buffer.from([(major << 5) | 24, n]));
    else if (n < 0x10000) {
      const b = Buffer.alloc(3);
      b[0] = (major << 5) | 25;
      b.writeUInt16BE(n, 1);
      parts.push(b);
    } else if (n < 0x100000000) {
      const b = Buffer.alloc(5);
      b[0] = (major << 5) | 26;
      b.writeUInt32BE(n, 1);
      parts.push(b);
    } else throw new Error(`CBOR: ${n} too large`);
  };
  const item = (v) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`CBOR: ${v} is not an integer`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const bytes = Buffer.from(v, 'utf8');
      head(3, bytes.length);
      parts.push(bytes);
    } else if (Array.isArray(v)) {
      head(4, v.length);
      for (const x of v) item(x);
    } else throw new Error(`CBOR: unsupported value ${typeof v}`);
  };
  item(value);
  return Buffer.concat(parts);
}
