package io.timrest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimitTest {
  private static final String IMPORT = "v4/group_open_http_svc/import_group_msg";
  private static final String ACCOUNTS = "v4/im_open_login_svc/multiaccount_import";

  @Test
  void documentedLimitsComeFromTheSpec() {
    RateLimit documented = RateLimit.documented();

    assertEquals(200.0, documented.perSecond(IMPORT));
    assertEquals(100.0, documented.perSecond(ACCOUNTS));
    assertEquals(100.0, documented.perSecond("v4/some/operation_the_spec_does_not_name"));
  }

  @Test
  void anOperationCanHaveItsOwnLimit() {
    RateLimit limit = RateLimit.perSecond(50).withOperation(IMPORT, 400);

    assertEquals(400.0, limit.perSecond(IMPORT));
    assertEquals(50.0, limit.perSecond(ACCOUNTS));
  }

  @Test
  void aLimitMustBePositiveAndFinite() {
    assertThrows(IllegalArgumentException.class, () -> RateLimit.perSecond(0));
    assertThrows(IllegalArgumentException.class, () -> RateLimit.perSecond(-1));
    assertThrows(IllegalArgumentException.class, () -> RateLimit.perSecond(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> RateLimit.perSecond(Double.POSITIVE_INFINITY));
  }

  @Test
  void callsOfOneOperationStartOneIntervalApartWhoeverAsks() {
    CallPacer pacer = new CallPacer(RateLimit.perSecond(20)); // 50 ms apart, below 40/s: no tolerance
    long t0 = 1_000_000_000L;

    assertEquals(0, pacer.reserve(IMPORT, t0));
    assertEquals(50_000_000L, pacer.reserve(IMPORT, t0));
    assertEquals(100_000_000L, pacer.reserve(IMPORT, t0));
    assertEquals(75_000_000L, pacer.reserve(IMPORT, t0 + 75_000_000L)); // its turn is at t0 + 150 ms
  }

  @Test
  void callsThatBecomeReadyTogetherStartAtOnceUpToTheTolerance() {
    CallPacer pacer = new CallPacer(RateLimit.perSecond(200)); // 5 ms apart, 25 ms of tolerance: 5 calls
    long t0 = 1_000_000_000L;

    for (int i = 0; i < 6; i++) {
      assertEquals(0, pacer.reserve(IMPORT, t0), "call " + i);
    }
    assertEquals(5_000_000L, pacer.reserve(IMPORT, t0));
    assertEquals(10_000_000L, pacer.reserve(IMPORT, t0));
  }

  @Test
  void aCallReadyAMomentAfterAnotherDoesNotWaitAnIntervalWhenTheOperationIsBelowItsPace() {
    CallPacer pacer = new CallPacer(RateLimit.perSecond(200));
    long t0 = 1_000_000_000L;
    for (int i = 0; i < 100; i++) {
      // Pairs 1 ms apart, every 12 ms: 167 calls/s on average, in clumps.
      long at = t0 + i / 2 * 12_000_000L + i % 2 * 1_000_000L;
      assertEquals(0, pacer.reserve(IMPORT, at), "call " + i);
    }
  }

  @Test
  void anIdleOperationSavesUpNoMoreThanItsTolerance() {
    CallPacer pacer = new CallPacer(RateLimit.perSecond(100)); // 10 ms apart, 2 calls of tolerance
    long t0 = 1_000_000_000L;
    pacer.reserve(IMPORT, t0);

    long later = t0 + 5_000_000_000L;
    assertEquals(0, pacer.reserve(IMPORT, later));
    assertEquals(0, pacer.reserve(IMPORT, later));
    assertEquals(0, pacer.reserve(IMPORT, later));
    assertEquals(10_000_000L, pacer.reserve(IMPORT, later));
  }

  @Test
  void noSecondHoldsMoreThanTheLimitAndAnOperationAtItsLimitIsPacedEvenly() {
    CallPacer pacer = new CallPacer(RateLimit.perSecond(100));
    long t0 = 1_000_000_000L;
    long[] starts = new long[1000];
    java.util.Random random = new java.util.Random(42);
    long now = t0;
    for (int i = 0; i < starts.length; i++) {
      // Every caller asks again as soon as it can, a little late at random: always more demand than the limit.
      now += random.nextInt(3) == 0 ? random.nextInt(4_000_000) : 0;
      starts[i] = now + pacer.reserve(IMPORT, now);
      now = Math.max(now, starts[i] - 20_000_000L);
    }
    for (int i = 1; i < starts.length; i++) {
      assertTrue(starts[i] >= starts[i - 1], "starts go forward");
    }
    for (int i = 100; i < starts.length; i++) {
      assertTrue(starts[i] - starts[i - 100] >= 1_000_000_000L,
          "101 starts within a second: " + (i - 100) + ".." + i);
    }
    for (int i = 200; i < starts.length; i++) {
      assertEquals(10_000_000L, starts[i] - starts[i - 1], "an even pace at the limit, call " + i);
    }
  }

  @Test
  void operationsArePacedApart() {
    CallPacer pacer = new CallPacer(RateLimit.perSecond(20).withOperation(ACCOUNTS, 10));
    long t0 = 1_000_000_000L;
    pacer.reserve(IMPORT, t0);

    assertEquals(0, pacer.reserve(ACCOUNTS, t0));
    assertEquals(100_000_000L, pacer.reserve(ACCOUNTS, t0)); // 10/s
    assertEquals(50_000_000L, pacer.reserve(IMPORT, t0)); // 20/s
  }

  @Test
  void aLimitAbove4096PerSecondHasNoTolerance() {
    CallPacer pacer = new CallPacer(RateLimit.perSecond(10_000)); // 100 us apart
    long t0 = 1_000_000_000L;

    assertEquals(0, pacer.reserve(IMPORT, t0));
    assertEquals(100_000L, pacer.reserve(IMPORT, t0));
  }

  @Test
  void withoutALimitEveryCallStartsAtOnce() {
    assertEquals(0, CallPacer.UNLIMITED.reserve(IMPORT, 0));
    assertEquals(0, CallPacer.UNLIMITED.reserve(IMPORT, 0));
  }
}
