/**
 * MinHash signatures travel between backends as bytes. The byte order is fixed (little-endian)
 * rather than taken from the platform, so a store written on one machine reads the same on
 * another and a Redis backend can share the format.
 */

/**
 * Encodes a signature as little-endian bytes, 4 per value.
 * @param signature the MinHash values
 * @returns a new byte array of length `4 * signature.length`
 */
export function signatureToBytes(signature: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(signature.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < signature.length; i += 1) view.setUint32(i * 4, signature[i] ?? 0, true);
  return bytes;
}

/**
 * Decodes bytes written by `signatureToBytes`. Copies, so the result never aliases the input
 * (drivers hand out buffers that may be reused or unaligned).
 * @param bytes little-endian bytes; a trailing partial value (length not a multiple of 4) is ignored
 * @returns a new signature
 */
export function bytesToSignature(bytes: Uint8Array): Uint32Array {
  const signature = new Uint32Array(Math.floor(bytes.length / 4));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < signature.length; i += 1) signature[i] = view.getUint32(i * 4, true);
  return signature;
}
