package io.timrest.migrate;

/**
 * A set of {@code int}s in one array (open addressing, linear probing), for the {@code Random}
 * values of one group: no object per element.
 */
final class IntHashSet {
  private static final int EMPTY = 0;

  private int[] slots = new int[8];
  private int size;
  private boolean containsEmpty;

  /** Adds {@code value}; false if it was already there. */
  boolean add(int value) {
    if (value == EMPTY) {
      if (containsEmpty) {
        return false;
      }
      containsEmpty = true;
      size++;
      return true;
    }
    int mask = slots.length - 1;
    for (int i = mix(value) & mask; ; i = (i + 1) & mask) {
      if (slots[i] == value) {
        return false;
      }
      if (slots[i] == EMPTY) {
        slots[i] = value;
        if (++size * 4 > slots.length * 3) {
          grow();
        }
        return true;
      }
    }
  }

  /** Whether the set holds {@code value}. */
  boolean contains(int value) {
    if (value == EMPTY) {
      return containsEmpty;
    }
    int mask = slots.length - 1;
    for (int i = mix(value) & mask; ; i = (i + 1) & mask) {
      if (slots[i] == value) {
        return true;
      }
      if (slots[i] == EMPTY) {
        return false;
      }
    }
  }

  /** How many values the set holds. */
  int size() {
    return size;
  }

  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    int mask = slots.length - 1;
    for (int value : old) {
      if (value != EMPTY) {
        int i = mix(value) & mask;
        while (slots[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        slots[i] = value;
      }
    }
  }

  /** Spreads small or patterned values (a test seam's few-bit Randoms) over the table. */
  private static int mix(int value) {
    int h = value * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
