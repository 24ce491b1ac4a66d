package io.timrest.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The IDs a migration sends follow from each SourceId alone, the same on every run. */
class IdsTest {
  private static final String SOURCE_ID = "C123/1620000200.000100";

  @Test
  void theHashIsFnv1a64ThenMurmur3Fmix64() {
    // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (the FNV reference vectors); of "" its offset basis.
    assertEquals(Ids.fmix64(0xaf63dc4c8601ec8cL), Ids.hash("a"));
    assertEquals(Ids.fmix64(0xcbf29ce484222325L), Ids.hash(""));
  }

  @Test
  void theDerivedValuesNeverChange() {
    // Recomputed independently (Python, from the Javadoc's definition). A resumed migration
    // compares what it sends with what an earlier run imported: these must never change.
    long hash = Ids.hash(SOURCE_ID);
    assertEquals(0x76845443524d6350L, hash);
    assertEquals(1988383811L, Ids.c2cMsgSeq(hash));
    assertEquals(1380803408L, Ids.c2cMsgRandom(hash));
    assertEquals(383305653L, Ids.STANDARD.groupRandom(hash, 0));
    assertEquals(3287374812L, Ids.STANDARD.groupRandom(hash, 1));
    assertEquals(4156691875L, Ids.STANDARD.groupRandom(hash, 2));
  }

  @Test
  void aOneToOneMessagesMsgSeqAndMsgRandomSplitOneHash() {
    long hash = Ids.hash("D9/1620000300.1");

    assertEquals(hash, (Ids.c2cMsgSeq(hash) << 32) | Ids.c2cMsgRandom(hash));
    assertTrue(Ids.c2cMsgSeq(hash) <= Limits.MAX_UINT32);
    assertTrue(Ids.c2cMsgRandom(hash) <= Limits.MAX_UINT32);
  }

  @Test
  void theHashOfNonAsciiSourceIdsIsOverTheirUtf8Bytes() {
    assertNotEquals(Ids.hash("é"), Ids.hash("e"));
    assertEquals(Ids.hash("é"), Ids.hash(new String(new char[] {'\u00e9'})));
  }

  @Test
  void aGroupRandomIsTheFirstAttemptNoEarlierMessageOfTheGroupHas() {
    Ids ids = new Ids(2); // four values: collisions are certain
    IntHashSet taken = new IntHashSet();
    List<Long> chosen = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      long hash = Ids.hash("S" + i);
      Set<Long> before = new HashSet<>();
      for (int v = 0; v < 4; v++) {
        if (taken.contains(v)) {
          before.add((long) v);
        }
      }
      long random = ids.uniqueGroupRandom(hash, taken);
      int attempt = 0;
      while (before.contains(ids.groupRandom(hash, attempt))) {
        attempt++;
      }
      assertEquals(ids.groupRandom(hash, attempt), random, "message " + i);
      chosen.add(random);
    }
    assertEquals(Set.of(0L, 1L, 2L, 3L), new HashSet<>(chosen));
  }

  @Test
  void theSameMessagesInTheSameOrderGetTheSameRandoms() {
    Ids ids = new Ids(3);
    List<Long> first = randoms(ids, 8);
    List<Long> second = randoms(ids, 8);

    assertEquals(first, second);
    assertEquals(8, new HashSet<>(first).size());
  }

  @Test
  void aFullSpaceIsRefused() {
    Ids ids = new Ids(1);
    IntHashSet taken = new IntHashSet();
    ids.uniqueGroupRandom(Ids.hash("a"), taken);
    ids.uniqueGroupRandom(Ids.hash("b"), taken);

    assertThrows(IllegalStateException.class, () -> ids.uniqueGroupRandom(Ids.hash("c"), taken));
  }

  @Test
  void theSeamKeepsOnlyTheLowBits() {
    long hash = Ids.hash(SOURCE_ID);
    assertEquals(Ids.STANDARD.groupRandom(hash, 0) & 0xF, new Ids(4).groupRandom(hash, 0));
    assertFalse(new Ids(4).groupRandom(hash, 5) > 15);
  }

  private static List<Long> randoms(Ids ids, int count) {
    IntHashSet taken = new IntHashSet();
    List<Long> randoms = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      randoms.add(ids.uniqueGroupRandom(Ids.hash("M" + i), taken));
    }
    return randoms;
  }
}
