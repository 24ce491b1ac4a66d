package io.timrest.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The limits the client checks and the ones a history file is checked against are the same: the
 * body limit of {@code io.timrest.RequestValidation} (package-private in another package) here;
 * the limits of one field are the generated models' constants, which {@code Limits} reads.
 */
class LimitsTest {
  @Test
  void theClientsLimitsAreTheHistoryFilesLimits() throws ReflectiveOperationException {
    assertEquals(clientConstant("MAX_MSG_BODY_BYTES"), Limits.MAX_GROUP_MSG_BODY_BYTES);
  }

  @Test
  void theLimitsOfOneFieldAreTheSpecs() {
    assertEquals(4294967295L, Limits.MAX_UINT32);
    assertEquals(32, Limits.MAX_USER_ID_BYTES);
    assertEquals(48, Limits.MAX_GROUP_ID_BYTES);
    assertEquals(30, Limits.MAX_GROUP_NAME_BYTES);
    assertEquals(Set.of(1, 2, 5), Limits.SYNC_FROM_OLD_SYSTEM_VALUES);
    assertEquals(Set.of("Private", "Public", "ChatRoom", "Community"), Limits.IMPORTABLE_GROUP_TYPES);
  }

  private static Object clientConstant(String name) throws ReflectiveOperationException {
    Field field = Class.forName("io.timrest.RequestValidation").getDeclaredField(name);
    field.setAccessible(true);
    return field.get(null);
  }
}
