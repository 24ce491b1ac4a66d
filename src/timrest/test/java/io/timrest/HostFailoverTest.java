package io.timrest;

import static io.timrest.ClientTestSupport.ADMIN;
import static io.timrest.ClientTestSupport.SDK_APP_ID;
import static io.timrest.ClientTestSupport.SECRET_KEY;
import static io.timrest.ClientTestSupport.modifyGroup;
import static io.timrest.ClientTestSupport.ok;
import static io.timrest.ClientTestSupport.startServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A region's backup host takes over while the primary cannot be reached, then hands back. */
class HostFailoverTest {
  private final ClientTestSupport.MutableClock clock = new ClientTestSupport.MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
  private final MockWebServer backup = startServer();
  private MockWebServer primary;

  @AfterEach
  void stop() {
    backup.close();
    if (primary != null) {
      primary.close();
    }
  }

  private static int unusedLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TimRestClient client(int primaryPort) {
    return TimRestClient.builder()
        .sdkAppId(SDK_APP_ID)
        .adminIdentifier(ADMIN)
        .secretKey(SECRET_KEY)
        .baseUrl("http://127.0.0.1:" + primaryPort + "/", "http://127.0.0.1:" + backup.getPort() + "/")
        .retryPolicy(RetryPolicy.none())
        .clock(clock)
        .build();
  }

  @Test
  void unreachablePrimarySendsToTheBackupHost() {
    backup.enqueue(ok());
    try (TimRestClient client = client(unusedLoopbackPort())) {
      client.modifyGroupMsg(modifyGroup());
    }

    assertEquals(1, backup.getRequestCount());
  }

  @Test
  void backupStaysPreferredForAMinuteThenThePrimaryIsTriedAgain() throws IOException {
    int primaryPort = unusedLoopbackPort();
    try (TimRestClient client = client(primaryPort)) {
      backup.enqueue(ok());
      client.modifyGroupMsg(modifyGroup());
      primary = new MockWebServer();
      primary.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), primaryPort);

      backup.enqueue(ok());
      client.modifyGroupMsg(modifyGroup());
      assertEquals(2, backup.getRequestCount(), "within a minute the backup is still used");
      assertEquals(0, primary.getRequestCount());

      clock.advance(Duration.ofSeconds(61));
      primary.enqueue(ok());
      client.modifyGroupMsg(modifyGroup());
      assertEquals(1, primary.getRequestCount(), "after a minute the primary is back");
      assertEquals(2, backup.getRequestCount());
    }
  }

  @Test
  void bothHostsUnreachableIsATransportFailure() {
    backup.close();
    try (TimRestClient client = client(unusedLoopbackPort())) {
      TimTransportException e = assertThrows(TimTransportException.class, () -> client.modifyGroupMsg(modifyGroup()));
      assertInstanceOf(ConnectException.class, e.getCause());
      assertEquals(1, e.getCause().getSuppressed().length, "the primary's failure travels along");
    }
  }
}
