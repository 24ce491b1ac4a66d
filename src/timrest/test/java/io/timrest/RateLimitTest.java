package io.timrest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    CallPacer pacer = new CallPacer(RateLimit.perSecond(100)); // 10 ms apart
    long t0 = 1_000_000_000L;

    assertEquals(0, pacer.reserve(IMPORT, t0));
    assertEquals(10_000_000L, pacer.reserve(IMPORT, t0));
    assertEquals(20_000_000L, pacer.reserve(IMPORT, t0));
    assertEquals(15_000_000L, pacer.reserve(IMPORT, t0 + 15_000_000L)); // its turn is at t0 + 30 ms
  }

  @Test
  void anIdleOperationDoesNotSaveUpABurst() {
    CallPacer pacer = new CallPacer(RateLimit.perSecond(100));
    long t0 = 1_000_000_000L;
    pacer.reserve(IMPORT, t0);

    long later = t0 + 5_000_000_000L;
    assertEquals(0, pacer.reserve(IMPORT, later));
    assertEquals(10_000_000L, pacer.reserve(IMPORT, later));
  }

  @Test
  void operationsArePacedApart() {
    CallPacer pacer = new CallPacer(RateLimit.documented());
    long t0 = 1_000_000_000L;
    pacer.reserve(IMPORT, t0);

    assertEquals(0, pacer.reserve(ACCOUNTS, t0));
    assertEquals(10_000_000L, pacer.reserve(ACCOUNTS, t0)); // 100/s
    assertEquals(5_000_000L, pacer.reserve(IMPORT, t0)); // 200/s
  }

  @Test
  void withoutALimitEveryCallStartsAtOnce() {
    assertEquals(0, CallPacer.UNLIMITED.reserve(IMPORT, 0));
    assertEquals(0, CallPacer.UNLIMITED.reserve(IMPORT, 0));
  }
}
