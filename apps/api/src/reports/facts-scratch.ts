/**
 * Work arrays kept from one dashboard to the next. Allocated afresh they were ~10 MB of
 * ArrayBuffers per dashboard at bench scale, resident until a GC came round to them. Only for
 * code that fills and reads them with no await in between: two requests then never share one.
 */
export class Scratch {
  private readonly buffers = new Map<string, Uint32Array>();

  /** A work array of this length; its contents are left from the last use, not zeroed. */
  u32(name: string, length: number): Uint32Array {
    let buffer = this.buffers.get(name);
    if (!buffer || buffer.length < length) {
      // Headroom, so a few more facts next time do not allocate again.
      buffer = new Uint32Array(Math.ceil(length * 1.25));
      this.buffers.set(name, buffer);
    }
    return buffer.subarray(0, length);
  }
}
