package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** im_open_login_svc/multiaccount_import (docs/server-rules.md §9), in both request shapes. */
class MultiaccountImportTest {
  private static final String IMPORT = "im_open_login_svc/multiaccount_import";

  private final Harness h = new Harness();

  @AfterEach
  void stop() {
    h.close();
  }

  /** True when {@code userId} can own a group, which only an imported account can. */
  private boolean isImported(String userId) {
    return h.code("group_open_http_svc/create_group",
        "{\"Type\":\"Public\",\"Name\":\"probe\",\"Owner_Account\":\"" + userId + "\"}") == 0;
  }

  private static String accountList(List<String> userIds) {
    List<String> entries = new ArrayList<>();
    for (String userId : userIds) {
      entries.add("{\"UserID\":\"" + userId + "\",\"Nick\":\"nick of " + userId + "\",\"FaceUrl\":\"http://x/a.png\"}");
    }
    return "{\"AccountList\":[" + String.join(",", entries) + "]}";
  }

  private static String olderAccounts(List<String> userIds) {
    return "{\"Accounts\":[\"" + String.join("\",\"", userIds) + "\"]}";
  }

  private static List<String> userIds(String prefix, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(prefix + i);
    }
    return ids;
  }

  @SuppressWarnings("unchecked")
  private static List<String> failAccounts(Map<String, Object> answer) {
    return (List<String>) answer.get("FailAccounts");
  }

  @Test
  void currentAccountListShapeImportsEveryAccount() {
    Map<String, Object> answer = h.ok(IMPORT, accountList(List.of("alice", "bob")));
    assertEquals(List.of(), failAccounts(answer));
    assertEquals(true, isImported("alice"));
    assertEquals(true, isImported("bob"));
  }

  @Test
  void olderAccountsShapeImportsEveryAccount() {
    Map<String, Object> answer = h.ok(IMPORT, olderAccounts(List.of("carol", "dave")));
    assertEquals(List.of(), failAccounts(answer));
    assertEquals(true, isImported("carol"));
    assertEquals(true, isImported("dave"));
  }

  @Test
  void accountsWithInvalidUserIdsAreListedInFailAccountsAndTheRestAreImported() {
    String tooLong = "a".repeat(33);
    Map<String, Object> answer = h.ok(IMPORT, "{\"AccountList\":[{\"UserID\":\"erin\"},{\"UserID\":\"" + tooLong
        + "\"},{\"UserID\":\"\"}]}");
    assertEquals(List.of(tooLong, ""), failAccounts(answer));
    assertEquals(true, isImported("erin"));
  }

  @Test
  void invalidUserIdInTheOlderShapeIsListedInFailAccounts() {
    String tooLong = "用".repeat(11);
    Map<String, Object> answer = h.ok(IMPORT, olderAccounts(List.of("frank", tooLong)));
    assertEquals(List.of(tooLong), failAccounts(answer));
    assertEquals(true, isImported("frank"));
  }

  @Test
  void reimportIsIdempotent() {
    h.ok(IMPORT, accountList(List.of("alice")));
    Map<String, Object> again = h.ok(IMPORT, accountList(List.of("alice")));
    assertEquals(List.of(), failAccounts(again));
    assertEquals(List.of(), failAccounts(h.ok(IMPORT, olderAccounts(List.of("alice")))));
    h.importAccount("alice");
    assertEquals(true, isImported("alice"));
  }

  @Test
  void oneHundredAccountsAreAccepted() {
    assertEquals(List.of(), failAccounts(h.ok(IMPORT, accountList(userIds("u", 100)))));
    assertEquals(true, isImported("u99"));
  }

  @Test
  void oneHundredAndOneAccountsAre70402AndImportNothing() {
    assertEquals(70402, h.code(IMPORT, accountList(userIds("u", 101))));
    assertEquals(70402, h.code(IMPORT, olderAccounts(userIds("v", 101))));
    assertEquals(false, isImported("u0"));
    assertEquals(false, isImported("v0"));
  }

  @Test
  void emptyListIs70402() {
    assertEquals(70402, h.code(IMPORT, "{\"AccountList\":[]}"));
    assertEquals(70402, h.code(IMPORT, "{\"Accounts\":[]}"));
  }

  @Test
  void neitherShapeIs70402() {
    assertEquals(70402, h.code(IMPORT, "{}"));
  }

  @Test
  void bothShapesAtOnceAre70402() {
    assertEquals(70402, h.code(IMPORT, "{\"AccountList\":[{\"UserID\":\"a\"}],\"Accounts\":[\"b\"]}"));
    assertEquals(false, isImported("a"));
  }

  @Test
  void malformedEntriesAre70402() {
    assertEquals(70402, h.code(IMPORT, "{\"AccountList\":[{\"Nick\":\"no id\"}]}"));
    assertEquals(70402, h.code(IMPORT, "{\"AccountList\":[\"alice\"]}"));
    assertEquals(70402, h.code(IMPORT, "{\"Accounts\":[42]}"));
    assertEquals(70402, h.code(IMPORT, "{\"Accounts\":\"alice\"}"));
  }

  @Test
  void rateLimitIs100CallsPerSecondWhileAccountImportKeeps200() {
    String body = olderAccounts(List.of("alice"));
    for (int i = 0; i < 100; i++) {
      assertEquals(0, h.code(IMPORT, body));
    }
    assertEquals(60007, h.code(IMPORT, body));
    for (int i = 0; i < 200; i++) {
      assertEquals(0, h.code("im_open_login_svc/account_import", "{\"UserID\":\"alice\"}"));
    }
    assertEquals(60007, h.code("im_open_login_svc/account_import", "{\"UserID\":\"alice\"}"));
    h.clock.advance(Duration.ofSeconds(1));
    assertEquals(0, h.code(IMPORT, body));
  }

  @Test
  void aLowerConfiguredLimitAppliesToMultiaccountImportToo() {
    try (Harness limited = new Harness(b -> b.rateLimitPerSecond(2))) {
      String body = olderAccounts(List.of("alice"));
      assertEquals(0, limited.code(IMPORT, body));
      assertEquals(0, limited.code(IMPORT, body));
      assertEquals(60007, limited.code(IMPORT, body));
    }
  }

  @Test
  void aHigherConfiguredLimitDoesNotLiftTheDocumentedOne() {
    try (Harness raised = new Harness(b -> b.rateLimitPerSecond(1000))) {
      String body = olderAccounts(List.of("alice"));
      for (int i = 0; i < 100; i++) {
        assertEquals(0, raised.code(IMPORT, body));
      }
      assertEquals(60007, raised.code(IMPORT, body));
    }
  }
}
