// Generated from spec/openapi.yaml by templates/tim_adapter.mustache. Do not edit: change the
// spec or the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;

/**
 * Reads and writes {@link Envelope} without reflection. Properties are written in spec order
 * and only when present; unknown properties are skipped and {@code null} reads as absent.
 */
final class EnvelopeJsonAdapter extends JsonAdapter<Envelope> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "ActionStatus",
      "ErrorInfo",
      "ErrorCode",
      "ErrorDisplay"
  );

  EnvelopeJsonAdapter(Moshi moshi) {
  }

  @Override
  public Envelope fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    Envelope.Builder builder = Envelope.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        reader.skipName();
        reader.skipValue();
        continue;
      }
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.skipValue();
        continue;
      }
      // Cases are written as "n - 1": the template counts properties from 1, Moshi's options from 0.
      switch (index) {
        case 1 - 1:
          builder.actionStatus(reader.nextString());
          break;
        case 2 - 1:
          builder.errorInfo(reader.nextString());
          break;
        case 3 - 1:
          builder.errorCode(reader.nextInt());
          break;
        case 4 - 1:
          builder.errorDisplay(reader.nextString());
          break;
        default:
          throw new AssertionError(index);
      }
    }
    reader.endObject();
    try {
      return builder.build();
    } catch (IllegalStateException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, Envelope value) throws IOException {
    if (value == null) {
      throw new NullPointerException("Envelope was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("ActionStatus");
    writer.value(value.actionStatus);
    if (value.errorInfo != null) {
      writer.name("ErrorInfo");
      writer.value(value.errorInfo);
    }
    writer.name("ErrorCode");
    writer.value(value.errorCode);
    if (value.errorDisplay != null) {
      writer.name("ErrorDisplay");
      writer.value(value.errorDisplay);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(Envelope)";
  }
}

