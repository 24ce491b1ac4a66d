package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.timrest.TimApiException;
import io.timrest.TimRestClient;
import io.timrest.TimTransportException;
import io.timrest.model.AccountImportRequest;
import io.timrest.model.ImportGroupRequest;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One emulator for the class (a static field), and nothing a test sets on it reaches the next
 * test: the tests run in order, the first one breaks the emulator every way it can, the later ones
 * find it as configured.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimEmulatorExtensionResetTest {
  /** A still clock: every call of the class falls in one rate-limit second unless counts are reset. */
  private static final MutableClock CLOCK = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));
  private static final int RATE_LIMIT = 3;

  @RegisterExtension
  static final TimEmulatorExtension tim = new TimEmulatorExtension(
      EmulatorConfig.builder().clock(CLOCK).rateLimitPerSecond(RATE_LIMIT).latencyMillis(1).build(), builder -> builder);

  private static TimEmulator first;

  private static void importAccount(TimRestClient client, String user) {
    client.accountImport(AccountImportRequest.builder().userID(user).build());
  }

  @Test
  @Order(1)
  void aTestThatBreaksTheEmulator() {
    first = tim.emulator();
    for (int i = 0; i < RATE_LIMIT; i++) {
      importAccount(tim.client(), "u" + i);
    }
    TimApiException limited = assertThrows(TimApiException.class, () -> importAccount(tim.client(), "over"));
    assertEquals(60007, limited.errorCode());
    tim.emulator().faults().setLatencyMillis(0).setGatewayErrorRate(1.0).setRetryableErrorRate(1.0).setRetryableErrorCode(20004);
    assertThrows(TimTransportException.class, () -> importAccount(tim.client(), "gateway"));
  }

  @Test
  @Order(2)
  void theNextTestFindsTheConfiguredFaultsAndFreshRateLimits() {
    assertSame(first, tim.emulator(), "one emulator for the class");
    Faults faults = tim.emulator().faults();
    assertEquals(1, faults.latencyMillis(), "the configured latency, not the earlier test's 0");
    assertEquals(0.0, faults.gatewayErrorRate());
    assertEquals(0.0, faults.retryableErrorRate());
    assertEquals(0, faults.retryableErrorCode());
    for (int i = 0; i < RATE_LIMIT; i++) {
      importAccount(tim.client(), "v" + i);   // the earlier test used up the second's calls
    }
    tim.client().importGroup(ImportGroupRequest.builder()
        .groupId("shared").type("Public").name("x").ownerAccount("v0").createTime(CLOCK.instant().getEpochSecond()).build());
  }

  @Test
  @Order(3)
  void whatTheTestsStoreIsShared(TimRestClient client) {
    assertSame(tim.client(), client);
    TimApiException taken = assertThrows(TimApiException.class, () -> client.importGroup(ImportGroupRequest.builder()
        .groupId("shared").type("Public").name("y").ownerAccount("v0").build()));
    assertEquals(10021, taken.errorCode(), "the group the earlier test imported is still there");
  }

  @Nested
  class ANestedClass {
    @Test
    void sharesTheEnclosingEmulatorAndIsResetToo(TimEmulator emulator) {
      assertSame(tim.emulator(), emulator);
      assertEquals(1, emulator.faults().latencyMillis());
      assertEquals(0.0, emulator.faults().gatewayErrorRate());
    }
  }
}
