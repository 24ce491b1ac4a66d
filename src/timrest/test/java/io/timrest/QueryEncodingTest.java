package io.timrest;

import static io.timrest.ClientTestSupport.SDK_APP_ID;
import static io.timrest.ClientTestSupport.baseUrl;
import static io.timrest.ClientTestSupport.modifyGroup;
import static io.timrest.ClientTestSupport.ok;
import static io.timrest.ClientTestSupport.startServer;
import static io.timrest.ClientTestSupport.take;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Query parameters are encoded whatever the identifier or a supplied UserSig contains. */
class QueryEncodingTest {
  private final MockWebServer server = startServer();

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpUrl sentUrlWith(String identifier, String userSig) {
    server.enqueue(ok());
    try (TimRestClient client = TimRestClient.builder().sdkAppId(SDK_APP_ID).adminIdentifier(identifier)
        .userSigSupplier(() -> userSig).baseUrl(baseUrl(server)).build()) {
      client.modifyGroupMsg(modifyGroup());
    }
    RecordedRequest request = take(server);
    return request.getUrl();
  }

  @Test
  void identifierWithReservedCharactersArrivesIntact() {
    HttpUrl url = sentUrlWith("ad min&x=1+2", "abc");

    assertEquals("ad min&x=1+2", url.queryParameter("identifier"));
    assertEquals(List.of("sdkappid", "identifier", "usersig", "random", "contenttype"), List.copyOf(url.queryParameterNames()));
  }

  @Test
  void suppliedUserSigThatNeedsEncodingArrivesIntact() {
    HttpUrl url = sentUrlWith("admin", "a+b/c=&d");

    assertEquals("a+b/c=&d", url.queryParameter("usersig"));
    assertEquals("json", url.queryParameter("contenttype"));
  }
}
