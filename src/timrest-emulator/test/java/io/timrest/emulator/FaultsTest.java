package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Fault injection: all off by default, set at build time or at run time. */
class FaultsTest {
  private static final String IMPORT = "im_open_login_svc/account_import";

  @Test
  void faultsAreOffByDefault() {
    try (Harness h = new Harness()) {
      Faults faults = h.emu.faults();
      assertEquals(0, faults.latencyMillis());
      assertEquals(0.0, faults.gatewayErrorRate());
      assertEquals(0.0, faults.retryableErrorRate());
      assertEquals(0.0, faults.dropAfterCommitRate());
    }
  }

  @Test
  void gatewayErrorIsHttp502WithAnHtmlBodyAndChangesNothing() throws IOException {
    try (Harness h = new Harness()) {
      String group = h.createGroup("Public");
      h.emu.faults().setGatewayErrorRate(1.0);
      try (Response response = h.post(h.url("group_open_http_svc/send_group_msg"),
          "{\"GroupId\":\"" + group + "\",\"Random\":1,\"MsgBody\":" + Harness.text("x") + "}")) {
        assertEquals(502, response.code());
        assertTrue(response.header("Content-Type").startsWith("text/html"));
        assertTrue(response.body().string().contains("<html>"));
      }
      h.emu.faults().reset();
      assertTrue(h.history(group, 20).isEmpty());
    }
  }

  @Test
  void retryableErrorIs10002ForGroupServiceAndChangesNothing() {
    try (Harness h = new Harness()) {
      String group = h.createGroup("Public");
      h.emu.faults().setRetryableErrorRate(1.0);
      assertEquals(10002, h.code("group_open_http_svc/send_group_msg",
          "{\"GroupId\":\"" + group + "\",\"Random\":1,\"MsgBody\":" + Harness.text("x") + "}"));
      h.emu.faults().setRetryableErrorRate(0.0);
      assertTrue(h.history(group, 20).isEmpty());
    }
  }

  @Test
  void retryableErrorIs20005ForOpenim() {
    try (Harness h = new Harness()) {
      h.emu.faults().setRetryableErrorRate(1.0);
      assertEquals(20005, h.code("openim/sendmsg", "{}"));
    }
  }

  @Test
  void retryableErrorIs91000ForImportmsgWhosePageListsNo20005() {
    try (Harness h = new Harness()) {
      h.emu.faults().setRetryableErrorRate(1.0);
      assertEquals(91000, h.code("openim/importmsg", "{}"));
      assertEquals(20005, h.code("openim/admin_getroammsg", "{}"));
    }
  }

  @Test
  void retryableErrorCodeIsConfigurable() {
    try (Harness h = new Harness()) {
      h.emu.faults().setRetryableErrorRate(1.0).setRetryableErrorCode(70169);
      assertEquals(70169, h.code("openim/sendmsg", "{}"));
    }
  }

  @Test
  void faultsCanBeConfiguredAtBuildTime() {
    try (Harness h = new Harness(b -> b.retryableErrorRate(1.0).retryableErrorCode(91000))) {
      assertEquals(91000, h.code(IMPORT, "{\"UserID\":\"a\"}"));
      assertEquals(1.0, h.emu.faults().retryableErrorRate());
    }
  }

  @Test
  void droppedResponseStillCommitsTheChange() {
    try (Harness h = new Harness()) {
      String group = h.createGroup("Public");
      h.emu.faults().setDropAfterCommitRate(1.0);
      assertThrows(IOException.class, () -> h.post(h.url("group_open_http_svc/send_group_msg"),
          "{\"GroupId\":\"" + group + "\",\"Random\":77,\"MsgBody\":" + Harness.text("committed") + "}").close());
      h.emu.faults().setDropAfterCommitRate(0.0);
      assertEquals(1, h.history(group, 20).size());
      // The client's retry with the same Random is answered with the original message.
      assertEquals(1L, Harness.num(h.sendGroupText(group, 77, "retry").get("MsgSeq")));
      assertEquals(1, h.history(group, 20).size());
    }
  }

  @Test
  void latencyDelaysTheResponse() {
    try (Harness h = new Harness()) {
      h.emu.faults().setLatencyMillis(150);
      long start = System.nanoTime();
      h.code(IMPORT, "{\"UserID\":\"a\"}");
      long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(elapsedMillis >= 150, "elapsed " + elapsedMillis + " ms");
    }
  }

  @Test
  void intermediateRatesAreReproducibleForTheSameSeed() {
    assertEquals(outcomes(12345L), outcomes(12345L));
  }

  @Test
  void intermediateRatesFireSometimes() {
    List<Long> outcomes = outcomes(12345L);
    assertTrue(outcomes.contains(0L) && outcomes.contains(20005L), outcomes.toString());
  }

  private static List<Long> outcomes(long seed) {
    try (Harness h = new Harness(b -> b.faultSeed(seed).retryableErrorRate(0.5))) {
      List<Long> codes = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        codes.add(h.code("openim/sendmsg", "{\"To_Account\":\"administrator\",\"MsgRandom\":" + i
            + ",\"MsgBody\":" + Harness.text("x") + "}"));
      }
      return codes;
    }
  }

  @Test
  void ratesOutsideZeroToOneAreRefused() {
    try (Harness h = new Harness()) {
      assertThrows(IllegalArgumentException.class, () -> h.emu.faults().setGatewayErrorRate(1.5));
      assertThrows(IllegalArgumentException.class, () -> h.emu.faults().setDropAfterCommitRate(-0.1));
      assertThrows(IllegalArgumentException.class, () -> h.emu.faults().setRetryableErrorRate(Double.NaN));
      assertThrows(IllegalArgumentException.class, () -> EmulatorConfig.builder().gatewayErrorRate(2));
    }
  }
}
