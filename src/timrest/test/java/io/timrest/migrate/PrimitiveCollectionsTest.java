package io.timrest.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The validator's collections behave like the JDK's, without an object per element. */
class PrimitiveCollectionsTest {
  @Test
  void longIntHashMapAgreesWithHashMap() {
    LongIntHashMap map = new LongIntHashMap();
    Map<Long, Integer> expected = new HashMap<>();
    Random random = new Random(1);
    for (int i = 0; i < 100_000; i++) {
      long key = i % 10 == 0 ? random.nextInt(50) - 25 : random.nextLong(); // zero and small keys too
      int value = random.nextInt(Integer.MAX_VALUE);
      Integer before = expected.putIfAbsent(key, value);
      assertEquals(before == null ? LongIntHashMap.ABSENT : before, map.putIfAbsent(key, value));
    }
    assertEquals(expected.size(), map.size());
    expected.forEach((key, value) -> assertEquals(value, map.get(key)));
    assertEquals(LongIntHashMap.ABSENT, map.get(0x1234_5678_9abc_def0L));
  }

  @Test
  void intHashSetAgreesWithHashSet() {
    IntHashSet set = new IntHashSet();
    Set<Integer> expected = new HashSet<>();
    Random random = new Random(2);
    for (int i = 0; i < 100_000; i++) {
      int value = i % 3 == 0 ? random.nextInt(100) - 50 : random.nextInt();
      assertEquals(expected.add(value), set.add(value));
    }
    assertEquals(expected.size(), set.size());
    for (int value : expected) {
      assertTrue(set.contains(value));
    }
    assertFalse(set.contains(Integer.MIN_VALUE + 7) && !expected.contains(Integer.MIN_VALUE + 7));
  }

  @Test
  void columnsKeepEveryValueAcrossChunks() {
    LongColumn longs = new LongColumn();
    IntColumn ints = new IntColumn();
    for (int i = 0; i < 50_000; i++) {
      longs.add(i * 3L);
      ints.add(-i);
    }
    longs.set(20_000, 7);
    assertEquals(50_000, longs.size());
    assertEquals(7, longs.get(20_000));
    assertEquals(49_999 * 3L, longs.get(49_999));
    assertEquals(-12_345, ints.get(12_345));
    assertThrows(IndexOutOfBoundsException.class, () -> ints.get(50_000));
  }
}
