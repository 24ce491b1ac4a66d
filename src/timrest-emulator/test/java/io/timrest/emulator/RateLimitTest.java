package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The per-endpoint limit of docs/server-rules.md §1, on the emulator's clock. */
class RateLimitTest {
  private static final String IMPORT = "im_open_login_svc/account_import";
  private static final String BODY = "{\"UserID\":\"alice\"}";

  @Test
  void callBeyondTheLimitWithinOneSecondIs60007() {
    try (Harness h = new Harness(b -> b.rateLimitPerSecond(3))) {
      for (int i = 0; i < 3; i++) {
        assertEquals(0, h.code(IMPORT, BODY));
      }
      assertEquals(60007, h.code(IMPORT, BODY));
    }
  }

  @Test
  void defaultLimitIs200CallsPerSecond() {
    try (Harness h = new Harness()) {
      for (int i = 0; i < 200; i++) {
        assertEquals(0, h.code(IMPORT, BODY));
      }
      assertEquals(60007, h.code(IMPORT, BODY));
    }
  }

  @Test
  void limitResetsInTheNextSecond() {
    try (Harness h = new Harness(b -> b.rateLimitPerSecond(1))) {
      assertEquals(0, h.code(IMPORT, BODY));
      assertEquals(60007, h.code(IMPORT, BODY));
      h.clock.advance(Duration.ofSeconds(1));
      assertEquals(0, h.code(IMPORT, BODY));
    }
  }

  @Test
  void limitIsCountedPerEndpoint() {
    try (Harness h = new Harness(b -> b.rateLimitPerSecond(1))) {
      assertEquals(0, h.code(IMPORT, BODY));
      assertEquals(0, h.code("group_open_http_svc/create_group", "{\"Type\":\"Public\",\"Name\":\"n\"}"));
      assertEquals(60007, h.code(IMPORT, BODY));
    }
  }

  @Test
  void rateLimitedCallsChangeNothing() {
    try (Harness h = new Harness(b -> b.rateLimitPerSecond(1))) {
      String group = h.createGroup("Public");
      h.clock.advance(Duration.ofSeconds(1));
      h.sendGroupText(group, 1, "counted");
      assertEquals(60007, h.code("group_open_http_svc/send_group_msg", "{\"GroupId\":\"" + group
          + "\",\"Random\":2,\"MsgBody\":" + Harness.text("refused") + "}"));
      h.clock.advance(Duration.ofSeconds(1));
      assertEquals(1, h.history(group, 20).size());
    }
  }

  @Test
  void zeroSwitchesTheLimitOff() {
    try (Harness h = new Harness(b -> b.rateLimitPerSecond(0))) {
      for (int i = 0; i < 250; i++) {
        assertEquals(0, h.code(IMPORT, BODY));
      }
    }
  }
}
