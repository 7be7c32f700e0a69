import { createCipheriv, createHash } from 'node:crypto';
import type { PdfObject, PdfOptions } from './pdf-bytes.js';
import { textBytes } from './pdf-bytes.js';

/** The object number the corpus gives the /Encrypt dictionary. */
export const ENCRYPT_OBJECT = 900;

const sha = (name: string, ...parts: Uint8Array[]) => {
  const hash = createHash(name);
  for (const part of parts) hash.update(part);
  return hash.digest();
};

/** Algorithm 2.B of ISO 32000-2 (the hash of AES-256 revision 6). */
function hash2B(password: Buffer, salt: Buffer, userKey: Buffer): Buffer {
  let k = sha('sha256', password, salt, userKey);
  for (let round = 1; ; round++) {
    const k1 = Buffer.concat(Array(64).fill(Buffer.concat([password, k, userKey])));
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false);
    const e = Buffer.concat([cipher.update(k1), cipher.final()]);
    // The first 16 bytes of E as a number, mod 3: 256 ≡ 1 (mod 3), so the sum of the bytes will do.
    const mod = e.subarray(0, 16).reduce((sum, b) => sum + b, 0) % 3;
    k = sha(['sha256', 'sha384', 'sha512'][mod]!, e);
    if (round >= 64 && e[e.length - 1]! <= round - 32) break;
  }
  return k.subarray(0, 32);
}

function aes256(key: Buffer, data: Buffer, iv: Buffer | null, padding: boolean): Buffer {
  const cipher = createCipheriv(iv ? 'aes-256-cbc' : 'aes-256-ecb', key, iv).setAutoPadding(padding);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

/**
 * Real AES-256 (V5 R6) encryption of a corpus PDF with node:crypto, deterministic (salts and IVs come from
 * a counter, not from chance): the /Encrypt object, the trailer entries, and encoders that encrypt every
 * string and stream. `permissions` is /P (e.g. -3904 forbids printing, copying and changing).
 */
export function aes256Encryption(
  userPassword: string,
  ownerPassword: string,
  permissions: number,
): { object: PdfObject; options: PdfOptions } {
  let counter = 0;
  const bytes = (n: number) => sha('sha256', Buffer.from(`rubricate corpus ${counter++}`)).subarray(0, n);
  const fileKey = bytes(32);
  const [user, owner] = [userPassword, ownerPassword].map((p) =>
    Buffer.from(p.normalize('NFKC'), 'utf8').subarray(0, 127),
  ) as [Buffer, Buffer];
  const [uvs, uks, ovs, oks] = [bytes(8), bytes(8), bytes(8), bytes(8)];
  const u = Buffer.concat([hash2B(user, uvs, Buffer.alloc(0)), uvs, uks]);
  const ue = aes256(hash2B(user, uks, Buffer.alloc(0)), fileKey, Buffer.alloc(16), false);
  const o = Buffer.concat([hash2B(owner, ovs, u), ovs, oks]);
  const oe = aes256(hash2B(owner, oks, u), fileKey, Buffer.alloc(16), false);
  const p = Buffer.alloc(16);
  p.writeInt32LE(permissions, 0);
  p.fill(0xff, 4, 8);
  p.write('Tadb', 8, 'latin1');
  bytes(4).copy(p, 12);
  const perms = aes256(fileKey, p, null, false);
  const hex = (b: Buffer) => `<${b.toString('hex').toUpperCase()}>`;
  const encrypt = (data: Uint8Array) => {
    const iv = bytes(16);
    return Buffer.concat([iv, aes256(fileKey, Buffer.from(data), iv, true)]);
  };
  const id = hex(bytes(16));
  return {
    object: {
      num: ENCRYPT_OBJECT,
      body: () =>
        `<< /Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /AuthEvent /DocOpen /CFM /AESV3 /Length 32 >> >> /StmF /StdCF /StrF /StdCF /O ${hex(o)} /U ${hex(u)} /OE ${hex(oe)} /UE ${hex(ue)} /P ${permissions} /Perms ${hex(perms)} /EncryptMetadata true >>`,
    },
    options: {
      trailer: `/Encrypt ${ENCRYPT_OBJECT} 0 R /ID [${id} ${id}] `,
      encoder: { string: (text) => hex(encrypt(textBytes(text))), stream: encrypt },
    },
  };
}
