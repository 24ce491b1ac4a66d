package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.timrest.model.AccountImportRequest;
import io.timrest.model.ImportGroupRequest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On an instance field, every test gets an emulator of its own: neither faults nor data carry over. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimEmulatorExtensionPerTestTest {
  @RegisterExtension
  final TimEmulatorExtension tim = new TimEmulatorExtension();

  private void importTheSameGroup() {
    tim.client().accountImport(AccountImportRequest.builder().userID("owner").build());
    // import_group with a custom GroupId that is taken answers 10021: this succeeds only on a fresh emulator.
    tim.client().importGroup(ImportGroupRequest.builder().groupId("mine").type("Public").name("x").ownerAccount("owner").build());
  }

  @Test
  @Order(1)
  void firstTest() {
    importTheSameGroup();
    tim.emulator().faults().setGatewayErrorRate(1.0);
  }

  @Test
  @Order(2)
  void secondTestHasAFreshEmulator() {
    assertEquals(0.0, tim.emulator().faults().gatewayErrorRate());
    importTheSameGroup();
  }
}
