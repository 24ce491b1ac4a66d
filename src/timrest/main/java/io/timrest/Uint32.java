package io.timrest;

import java.util.concurrent.ThreadLocalRandom;

/** The API's unsigned 32-bit numbers: {@code random}, {@code Random}, {@code MsgSeq}, {@code MsgRandom}. */
final class Uint32 {
  /** The largest value, 4294967295. */
  static final long MAX = 0xFFFF_FFFFL;

  private Uint32() {}

  /** A uniformly random value in 0..{@link #MAX}. */
  static long random() {
    return ThreadLocalRandom.current().nextLong(MAX + 1);
  }
}
