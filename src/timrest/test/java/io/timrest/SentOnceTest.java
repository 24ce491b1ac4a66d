package io.timrest;

import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.modifyGroup;
import static io.timrest.ClientTestSupport.ok;
import static io.timrest.ClientTestSupport.startServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OkHttp never re-sends a request on its own: repeating one is the retry policy's decision. */
class SentOnceTest {
  private final MockWebServer server = startServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aResponseLostOnAPooledConnectionIsNotSilentlySentAgain() {
    server.enqueue(ok());
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok());
    try (TimRestClient client = clientFor(server).retryPolicy(RetryPolicy.none()).build()) {
      client.modifyGroupMsg(modifyGroup()); // leaves a pooled connection, which OkHttp would retry on

      assertThrows(TimTransportException.class, () -> client.modifyGroupMsg(modifyGroup()));
    }

    assertEquals(2, server.getRequestCount(), "the second request reached the server once");
  }
}
