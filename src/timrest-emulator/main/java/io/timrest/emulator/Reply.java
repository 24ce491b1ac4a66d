package io.timrest.emulator;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import okio.Buffer;
import okio.ByteString;

/** A successful or failed business answer, written as the API's envelope (docs/server-rules.md §1). */
final class Reply {
  /** Writes an endpoint's own fields after the envelope. */
  @FunctionalInterface
  interface Fields {
    void write(JsonWriter writer) throws IOException;
  }

  private static final Fields NONE = writer -> {};

  private final int code;
  private final String info;
  private final Fields fields;

  private Reply(int code, String info, Fields fields) {
    this.code = code;
    this.info = info;
    this.fields = fields;
  }

  static Reply ok() {
    return new Reply(0, "", NONE);
  }

  static Reply ok(Fields fields) {
    return new Reply(0, "", fields);
  }

  /**
   * A success whose {@code ErrorInfo} is not empty: an import that failed some of its entries
   * says there which rule each of them broke.
   */
  static Reply ok(String info, Fields fields) {
    return new Reply(0, info, fields);
  }

  static Reply fail(int code, String info) {
    return new Reply(code, info, NONE);
  }

  static Reply fail(ApiError error) {
    return fail(error.code(), error.getMessage());
  }

  int code() {
    return code;
  }

  /**
   * The body; key order {@code ActionStatus}, {@code ErrorInfo}, {@code ErrorCode}, then the
   * endpoint's fields, as in the import page's response example.
   */
  ByteString toJson() {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      writer.name("ActionStatus").value(code == 0 ? "OK" : "FAIL");
      writer.name("ErrorInfo").value(info);
      writer.name("ErrorCode").value(code);
      fields.write(writer);
      writer.endObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing to a Buffer cannot fail", e);
    }
    return buffer.readByteString();
  }
}
