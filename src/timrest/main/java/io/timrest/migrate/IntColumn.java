package io.timrest.migrate;

import java.util.Arrays;

/**
 * A growable list of {@code int}s kept in fixed-size chunks: one field of many records (their
 * lines, their group) without an object per record, and without the copy and the slack of a
 * doubling array.
 */
final class IntColumn {
  private static final int CHUNK_BITS = 13;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int MASK = CHUNK - 1;

  private int[][] chunks = new int[4][];
  private int size;

  /** Appends {@code value}. */
  void add(int value) {
    int chunk = size >>> CHUNK_BITS;
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    if (chunks[chunk] == null) {
      chunks[chunk] = new int[CHUNK];
    }
    chunks[chunk][size & MASK] = value;
    size++;
  }

  /** The value at {@code index}. */
  int get(int index) {
    checkIndex(index);
    return chunks[index >>> CHUNK_BITS][index & MASK];
  }

  /** Replaces the value at {@code index}. */
  void set(int index, int value) {
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
