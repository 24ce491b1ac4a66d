package io.timrest.migrate;

import java.nio.charset.StandardCharsets;

/**
 * The IDs a migration sends, derived from each message's {@code SourceId} so that every retry
 * and every run of the same file sends the same values.
 *
 * <p>The derivation, which must never change (a resumed run compares what it sends with what
 * an earlier run imported):
 * <ol>
 *   <li>{@code h = fmix64(FNV-1a-64(UTF-8 bytes of SourceId))}: FNV-1a with offset basis
 *       {@code 0xcbf29ce484222325} and prime {@code 0x100000001b3}, then MurmurHash3's 64-bit
 *       finalizer {@code fmix64} (shifts 33, multipliers {@code 0xff51afd7ed558ccd} and
 *       {@code 0xc4ceb9fe1a85ec53}) so that every bit of {@code h} depends on every byte.
 *   <li>One-to-one message: {@code MsgSeq = h >>> 32} and {@code MsgRandom = h & 0xffffffff},
 *       64 bits of one hash split into two unsigned 32-bit numbers. (importmsg de-duplicates on
 *       {@code MsgSeq} + {@code MsgRandom} + {@code MsgTimeStamp} within a conversation,
 *       docs/server-rules.md §9, so two different SourceIds collide only if all 64 bits do.)
 *   <li>Group message: attempt {@code k} (from 0) is {@code Random(k) = fmix64(h + k * 0x9e3779b97f4a7c15) >>> 32}.
 *       The {@code Random} sent is the first attempt that no earlier message of the same group
 *       (in file order) has: the server discards the later of two messages with one
 *       {@code Random} (docs/server-rules.md §3). The {@link Plan} keeps the chosen value.
 * </ol>
 * {@code h} itself is the key the validator finds a repeated SourceId by; it is also used to tell
 * accounts apart without keeping their names (two names share it with probability about
 * n²/2⁶⁵ for n names).
 */
final class Ids {
  /** The derivation above. */
  static final Ids STANDARD = new Ids(32);

  private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  /** Far more than a 32-bit space ever needs: a group of n messages needs a second attempt with probability n/2³². */
  private static final int MAX_ATTEMPTS = 1 << 20;

  private final int randomBits;
  private final long randomMask;

  /**
   * A derivation whose group {@code Random} keeps only its low {@code randomBits} bits: a test
   * seam that makes collisions within a group likely. Production code uses {@link #STANDARD}.
   */
  Ids(int randomBits) {
    if (randomBits < 1 || randomBits > 32) {
      throw new IllegalArgumentException("randomBits must be 1 to 32 but was " + randomBits);
    }
    this.randomBits = randomBits;
    this.randomMask = randomBits == 32 ? 0xFFFF_FFFFL : (1L << randomBits) - 1;
  }

  /** {@code h} of step 1. */
  static long hash(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    long h = FNV_OFFSET_BASIS;
    for (byte b : bytes) {
      h ^= b & 0xFF;
      h *= FNV_PRIME;
    }
    return fmix64(h);
  }

  /** {@code MsgSeq} of a one-to-one message: the high 32 bits of {@code hash(sourceId)}. */
  static long c2cMsgSeq(long sourceIdHash) {
    return sourceIdHash >>> 32;
  }

  /** {@code MsgRandom} of a one-to-one message: the low 32 bits of {@code hash(sourceId)}. */
  static long c2cMsgRandom(long sourceIdHash) {
    return sourceIdHash & 0xFFFF_FFFFL;
  }

  /** Attempt {@code attempt} of a group message's {@code Random}, an unsigned 32-bit number. */
  long groupRandom(long sourceIdHash, int attempt) {
    return (fmix64(sourceIdHash + attempt * GOLDEN_GAMMA) >>> 32) & randomMask;
  }

  /**
   * The first attempt of a group message's {@code Random} that {@code taken} (the values of the
   * group's earlier messages) does not hold; adds it to {@code taken}.
   *
   * @throws IllegalStateException if every value is taken (only possible with a test seam's
   *     tiny space)
   */
  long uniqueGroupRandom(long sourceIdHash, IntHashSet taken) {
    if (taken.size() > randomMask) {
      throw new IllegalStateException("all " + (randomMask + 1) + " values of a " + randomBits + "-bit Random are taken");
    }
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      long random = groupRandom(sourceIdHash, attempt);
      if (taken.add((int) random)) {
        return random;
      }
    }
    throw new IllegalStateException("no free " + randomBits + "-bit Random in " + MAX_ATTEMPTS + " attempts");
  }

  /** MurmurHash3's 64-bit finalizer. */
  static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
