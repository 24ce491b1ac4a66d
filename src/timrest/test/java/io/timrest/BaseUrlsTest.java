package io.timrest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class BaseUrlsTest {

  @Test
  void httpsIsAccepted() {
    HttpUrl url = BaseUrls.requireSafe("https://adminapisgp.im.qcloud.com/");

    assertEquals("https://adminapisgp.im.qcloud.com/", url.toString());
  }

  @Test
  void httpToLoopbackIsAccepted() {
    assertEquals("http://127.0.0.1:8080/", BaseUrls.requireSafe("http://127.0.0.1:8080").toString());
    assertEquals("http://127.8.9.10/", BaseUrls.requireSafe("http://127.8.9.10/").toString());
    assertEquals("http://localhost:9000/", BaseUrls.requireSafe("http://localhost:9000/").toString());
    assertEquals("http://localhost/", BaseUrls.requireSafe("http://LOCALHOST/").toString());
    assertEquals("http://[::1]:9000/", BaseUrls.requireSafe("http://[::1]:9000/").toString());
    assertEquals("http://[::1]/", BaseUrls.requireSafe("http://[0:0:0:0:0:0:0:1]/").toString());
  }

  @Test
  void httpToPublicHostIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BaseUrls.requireSafe("http://adminapisgp.im.qcloud.com/"));

    assertEquals("baseUrl: plain http is allowed only for loopback hosts, got host"
        + " 'adminapisgp.im.qcloud.com'; use https", e.getMessage());
  }

  @Test
  void httpToLookalikeLoopbackIsRejected() {
    for (String url : new String[] {
        "http://127.0.0.1.example.com/", "http://localhost.example.com/", "http://128.0.0.1/",
        "http://10.0.0.1/", "http://[::2]/", "http://0.0.0.0/"}) {
      assertThrows(IllegalArgumentException.class, () -> BaseUrls.requireSafe(url), url);
    }
  }

  @Test
  void otherSchemesAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BaseUrls.requireSafe("ftp://example.com/"));

    assertTrue(e.getMessage().contains("'ftp'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BaseUrls.requireSafe("file:///tmp/x"));
  }

  @Test
  void relativeOrInvalidUrlsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> BaseUrls.requireSafe("example.com/v4"));
    assertThrows(IllegalArgumentException.class, () -> BaseUrls.requireSafe("/v4/"));
    assertThrows(IllegalArgumentException.class, () -> BaseUrls.requireSafe("https://"));
    assertThrows(IllegalArgumentException.class, () -> BaseUrls.requireSafe(""));
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> BaseUrls.requireSafe(null));
    assertEquals("baseUrl", e.getMessage());
  }

  @Test
  void trailingSlashIsAdded() {
    assertEquals("https://example.com/", BaseUrls.requireSafe("https://example.com").toString());
    assertEquals("https://example.com/proxy/im/",
        BaseUrls.requireSafe("https://example.com/proxy/im").toString());
    assertEquals("https://example.com/proxy/im/",
        BaseUrls.requireSafe("https://example.com/proxy/im/").toString());
  }

  @Test
  void queryIsRejectedWithoutQuotingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BaseUrls.requireSafe("https://example.com/?usersig=eJwSECRET"));

    assertTrue(e.getMessage().contains("query"), e.getMessage());
    assertFalse(e.getMessage().contains("eJwSECRET"), e.getMessage());
  }

  @Test
  void fragmentIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> BaseUrls.requireSafe("https://example.com/#top"));
  }

  @Test
  void userInfoIsRejectedWithoutQuotingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BaseUrls.requireSafe("https://me:hunter2@example.com/"));

    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }
}
