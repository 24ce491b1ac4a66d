package io.timrest.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/**
 * The limits the client checks ({@code io.timrest.RequestValidation}, package-private in
 * another package) and the ones a history file is checked against are the same.
 */
class LimitsTest {
  @Test
  void theClientsLimitsAreTheHistoryFilesLimits() throws ReflectiveOperationException {
    assertEquals(clientConstant("MAX_MSG_BODY_BYTES"), Limits.MAX_GROUP_MSG_BODY_BYTES);
    assertEquals(clientConstant("Uint32", "MAX"), Limits.MAX_UINT32);
    assertEquals(clientConstant("SYNC_FROM_OLD_SYSTEM_VALUES"), Limits.SYNC_FROM_OLD_SYSTEM_VALUES);
    assertEquals(clientConstant("IMPORTABLE_GROUP_TYPES"), Limits.IMPORTABLE_GROUP_TYPES);
  }

  private static Object clientConstant(String name) throws ReflectiveOperationException {
    return clientConstant("RequestValidation", name);
  }

  private static Object clientConstant(String className, String name) throws ReflectiveOperationException {
    Field field = Class.forName("io.timrest." + className).getDeclaredField(name);
    field.setAccessible(true);
    return field.get(null);
  }
}
