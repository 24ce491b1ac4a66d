package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.TimRestClient;
import io.timrest.model.AccountImportRequest;
import io.timrest.model.CreateGroupRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A user's test gets a running emulator and a connected client in two lines. */
class TimEmulatorExtensionTest {
  @RegisterExtension
  static final TimEmulatorExtension tim = new TimEmulatorExtension();

  @Test
  void theClientIsSignedInAsTheEmulatorsAdmin() {
    assertEquals("OK", tim.client().accountImport(AccountImportRequest.builder().userID("alice").build()).actionStatus());
    assertTrue(tim.client().baseUrl().startsWith("http://127.0.0.1:"));
  }

  @Test
  void testMethodsMayTakeTheEmulatorAndTheClient(TimEmulator emulator, TimRestClient client) {
    assertSame(tim.emulator(), emulator);
    assertSame(tim.client(), client);
    assertTrue(client.createGroup(CreateGroupRequest.builder().type("Public").name("x").build()).groupId().startsWith("@TGS#"));
  }
}
