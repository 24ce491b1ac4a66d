package io.timrest.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed access to one JSON object of a request. A wrong type or a missing required field raises
 * {@link ApiError} with the service's "invalid parameter" code, naming the field and the rule. A
 * JSON {@code null} counts as absent.
 */
final class Params {
  private final Map<String, Object> map;
  private final int invalidCode;
  private final String where;

  Params(Map<String, Object> map, int invalidCode, String where) {
    this.map = map;
    this.invalidCode = invalidCode;
    this.where = where;
  }

  int invalidCode() {
    return invalidCode;
  }

  boolean has(String name) {
    Object value = map.get(name);
    return value != null && value != Json.Null.INSTANCE;
  }

  Object get(String name) {
    return has(name) ? map.get(name) : null;
  }

  ApiError invalid(String message) {
    return new ApiError(invalidCode, where + message);
  }

  String requiredString(String name) {
    String value = optionalString(name);
    if (value == null) {
      throw invalid(name + " is required");
    }
    return value;
  }

  String optionalString(String name) {
    Object value = get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String string)) {
      throw invalid(name + " must be a string");
    }
    return string;
  }

  long requiredLong(String name) {
    Long value = optionalLong(name);
    if (value == null) {
      throw invalid(name + " is required");
    }
    return value;
  }

  /** A 64-bit integer (docs/server-rules.md §3: seq and time fields are 64-bit). */
  Long optionalLong(String name) {
    Object value = get(name);
    if (value == null) {
      return null;
    }
    Long number = value instanceof Json.Num num ? num.asLong() : null;
    if (number == null) {
      throw invalid(name + " must be an integer");
    }
    return number;
  }

  long requiredUint32(String name) {
    Long value = optionalUint32(name);
    if (value == null) {
      throw invalid(name + " is required");
    }
    return value;
  }

  /** An unsigned 32-bit integer, 0..4294967295 (docs/server-rules.md §1, §3). */
  Long optionalUint32(String name) {
    Object value = get(name);
    if (value == null) {
      return null;
    }
    if (!Json.isUint32(value)) {
      throw invalid(name + " must be an unsigned 32-bit integer");
    }
    return ((Json.Num) value).asLong();
  }

  /** A list of objects, each as {@link Params} with the same error code. */
  List<Params> optionalObjectList(String name) {
    Object value = get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof List<?> list)) {
      throw invalid(name + " must be an array");
    }
    List<Params> result = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Object element = list.get(i);
      if (!(element instanceof Map<?, ?>)) {
        throw invalid(name + "[" + i + "] must be an object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> child = (Map<String, Object>) element;
      result.add(new Params(child, invalidCode, where + name + "[" + i + "]."));
    }
    return result;
  }
}
