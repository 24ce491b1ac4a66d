package io.timrest.emulator;

import java.util.List;
import java.util.Map;

/**
 * Validation of {@code MsgBody}: an array of {@code {MsgType, MsgContent}} elements (docs/server-rules.md
 * §6). Only the shape is checked, never the element type, so unknown and future element types
 * are accepted and kept verbatim.
 */
final class MsgBodies {

  /**
   * The largest serialized {@code MsgBody} the emulator stores, in UTF-8 bytes of its compact
   * JSON. docs/server-rules.md §4: the limit is worded "12 KB", "12,000 bytes" and "8000 bytes"; the emulator
   * answers 80002 above 12,000 bytes, the stricter figure the import page itself states.
   */
  static final int MAX_MSG_BODY_BYTES = 12_000;

  /** The error codes one service uses for each way a MsgBody can be wrong. */
  record Codes(int notArray, int badElement, int tooLong) {}

  /** group_open_http_svc documents only 10004 (invalid parameter) for a malformed request. */
  static final Codes GROUP = new Codes(10004, 10004, 80002);

  /** openim: 90007 not an array, 90002 not the element format (the modify operations' {@code x-error-codes}). */
  static final Codes OPENIM = new Codes(90007, 90002, 80002);

  private MsgBodies() {}

  /** The verbatim MsgBody, checked for shape (not for size). */
  static Json.Raw requireShape(Params params, Codes codes) {
    Object value = params.get("MsgBody");
    if (value == null) {
      throw new ApiError(codes.badElement(), "MsgBody is required");
    }
    return checkShape(value, codes);
  }

  static Json.Raw checkShape(Object value, Codes codes) {
    if (!(value instanceof Json.Raw raw) || !(raw.parsed() instanceof List<?> elements)) {
      throw new ApiError(codes.notArray(), "MsgBody must be an array");
    }
    if (elements.isEmpty()) {
      throw new ApiError(codes.badElement(), "MsgBody must contain at least one element");
    }
    int customElements = 0;
    for (int i = 0; i < elements.size(); i++) {
      if (!(elements.get(i) instanceof Map<?, ?> element)
          || !(element.get("MsgType") instanceof String type)
          || type.isEmpty()
          || !(Json.unwrap(element.get("MsgContent")) instanceof Map<?, ?>)) {
        throw new ApiError(
            codes.badElement(),
            "MsgBody[" + i + "] must be an object with a string MsgType and an object MsgContent");
      }
      if (type.equals("TIMCustomElem")) {
        customElements++;
      }
    }
    // docs/server-rules.md §6: at most one TIMCustomElem per message.
    if (customElements > 1) {
      throw new ApiError(codes.badElement(), "MsgBody may contain at most one TIMCustomElem");
    }
    return raw;
  }

  static boolean isTooLong(Json.Raw raw) {
    return Json.compactSize(raw) > MAX_MSG_BODY_BYTES;
  }

  /** Checks shape and size; used where a too-long body fails the whole request. */
  static Json.Raw requireValid(Params params, Codes codes) {
    Json.Raw raw = requireShape(params, codes);
    if (isTooLong(raw)) {
      throw new ApiError(codes.tooLong(), "MsgBody is longer than " + MAX_MSG_BODY_BYTES + " bytes");
    }
    return raw;
  }
}
