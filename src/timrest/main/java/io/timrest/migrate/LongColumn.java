package io.timrest.migrate;

import java.util.Arrays;

/**
 * A growable list of {@code long}s kept in fixed-size chunks: one field of many records (their
 * offsets, their times) without an object per record, and without the copy and the slack of a
 * doubling array.
 */
final class LongColumn {
  private static final int CHUNK_BITS = 13;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int MASK = CHUNK - 1;

  private long[][] chunks = new long[4][];
  private int size;

  /** Appends {@code value}. */
  void add(long value) {
    int chunk = size >>> CHUNK_BITS;
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    if (chunks[chunk] == null) {
      chunks[chunk] = new long[CHUNK];
    }
    chunks[chunk][size & MASK] = value;
    size++;
  }

  /** The value at {@code index}. */
  long get(int index) {
    checkIndex(index);
    return chunks[index >>> CHUNK_BITS][index & MASK];
  }

  /** Replaces the value at {@code index}. */
  void set(int index, long value) {
    checkIndex(index);
    chunks[index >>> CHUNK_BITS][index & MASK] = value;
  }

  /** How many values the column holds. */
  int size() {
    return size;
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " of " + size);
    }
  }
}
