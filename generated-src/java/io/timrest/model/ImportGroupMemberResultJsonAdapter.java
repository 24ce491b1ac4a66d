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
 * Reads and writes {@link ImportGroupMemberResult} without reflection. Properties are written in spec order
 * and only when present; unknown properties are skipped and {@code null} reads as absent.
 */
final class ImportGroupMemberResultJsonAdapter extends JsonAdapter<ImportGroupMemberResult> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "Member_Account",
      "Result"
  );

  ImportGroupMemberResultJsonAdapter(Moshi moshi) {
  }

  @Override
  public ImportGroupMemberResult fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    ImportGroupMemberResult.Builder builder = ImportGroupMemberResult.builder();
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
          builder.memberAccount(reader.nextString());
          break;
        case 2 - 1:
          builder.result(reader.nextInt());
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
  public void toJson(JsonWriter writer, ImportGroupMemberResult value) throws IOException {
    if (value == null) {
      throw new NullPointerException("ImportGroupMemberResult was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("Member_Account");
    writer.value(value.memberAccount);
    writer.name("Result");
    writer.value(value.result);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ImportGroupMemberResult)";
  }
}

