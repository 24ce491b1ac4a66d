package io.timrest.migrate;

/**
 * A map from {@code long} keys (64-bit hashes, packed pairs of indices) to non-negative
 * {@code int} values, in two arrays (open addressing, linear probing): no object per entry, so
 * that a million SourceIds cost about 24 MB.
 */
final class LongIntHashMap {
  /** What {@link #get} and {@link #putIfAbsent} answer for a key the map does not hold. */
  static final int ABSENT = -1;
  private static final long EMPTY_KEY = 0;

  private long[] keys;
  private int[] values;
  private int size;
  private boolean hasEmptyKey;
  private int emptyKeyValue;

  /** An empty map. */
  LongIntHashMap() {
    keys = new long[16];
    values = new int[16];
  }

  /** The value of {@code key}, or {@link #ABSENT}. */
  int get(long key) {
    if (key == EMPTY_KEY) {
      return hasEmptyKey ? emptyKeyValue : ABSENT;
    }
    int mask = keys.length - 1;
    for (int i = index(key, mask); ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
      if (keys[i] == EMPTY_KEY) {
        return ABSENT;
      }
    }
  }

  /**
   * Maps {@code key} to {@code value} unless it is mapped already.
   *
   * @return the value {@code key} already had, or {@link #ABSENT} if it was added
   */
  int putIfAbsent(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("values are not negative: " + value);
    }
    if (key == EMPTY_KEY) {
      if (hasEmptyKey) {
        return emptyKeyValue;
      }
      hasEmptyKey = true;
      emptyKeyValue = value;
      size++;
      return ABSENT;
    }
    int mask = keys.length - 1;
    for (int i = index(key, mask); ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
      if (keys[i] == EMPTY_KEY) {
        keys[i] = key;
        values[i] = value;
        if (++size * 4 > keys.length * 3) {
          grow();
        }
        return ABSENT;
      }
    }
  }

  /** How many keys the map holds. */
  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long key = oldKeys[j];
      if (key != EMPTY_KEY) {
        int i = index(key, mask);
        while (keys[i] != EMPTY_KEY) {
          i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = oldValues[j];
      }
    }
  }

  /** Keys are often hashes already, but packed index pairs are not: mix them. */
  private static int index(long key, int mask) {
    return (int) Ids.fmix64(key) & mask;
  }
}
