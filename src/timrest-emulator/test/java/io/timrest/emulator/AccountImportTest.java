package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** im_open_login_svc/account_import (docs/server-rules.md §2). */
class AccountImportTest {
  private final Harness h = new Harness();

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void importedAccountCanOwnAGroup() {
    h.ok("im_open_login_svc/account_import", "{\"UserID\":\"alice\",\"Nick\":\"Alice\",\"FaceUrl\":\"http://x/a.png\"}");
    h.ok("group_open_http_svc/create_group", "{\"Type\":\"Public\",\"Name\":\"n\",\"Owner_Account\":\"alice\"}");
  }

  @Test
  void reimportOfTheSameUserIdIsIdempotent() {
    h.importAccount("alice");
    h.ok("im_open_login_svc/account_import", "{\"UserID\":\"alice\",\"Nick\":\"again\"}");
  }

  @Test
  void userIdOf32BytesIsAccepted() {
    h.importAccount("a".repeat(32));
  }

  @Test
  void userIdLongerThan32BytesIs70402() {
    assertEquals(70402, h.code("im_open_login_svc/account_import", "{\"UserID\":\"" + "a".repeat(33) + "\"}"));
  }

  @Test
  void userIdLengthIsCountedInUtf8Bytes() {
    // 11 characters of 3 bytes each: 33 bytes.
    assertEquals(70402, h.code("im_open_login_svc/account_import", "{\"UserID\":\"" + "用".repeat(11) + "\"}"));
  }

  @Test
  void missingUserIdIs70402() {
    assertEquals(70402, h.code("im_open_login_svc/account_import", "{\"Nick\":\"x\"}"));
  }

  @Test
  void emptyUserIdIs70402() {
    assertEquals(70402, h.code("im_open_login_svc/account_import", "{\"UserID\":\"\"}"));
  }

  @Test
  void nonStringUserIdIs70402() {
    assertEquals(70402, h.code("im_open_login_svc/account_import", "{\"UserID\":42}"));
  }
}
