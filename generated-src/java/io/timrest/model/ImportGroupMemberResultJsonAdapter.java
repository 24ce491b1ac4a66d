// Generated from spec/openapi.yaml by templates/tim_adapter.mustache. Do not edit: change the
// spec or the template and run mvn generate-sources.
package io.timrest.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.timrest.TimValidationException;
import java.io.IOException;

/**
 * Reads and writes {@link ImportGroupMemberResult} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class ImportGroupMemberResultJsonAdapter extends JsonAdapter<ImportGroupMemberResult> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    MEMBER_ACCOUNT,
    RESULT
  }

  private static final Property[] PROPERTIES = Property.values();
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
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case MEMBER_ACCOUNT:
          if (isNull) {
            throw ModelSupport.unexpectedNull("Member_Account", reader);
          }
          builder.memberAccount(ModelSupport.nextString(reader));
          break;
        case RESULT:
          if (isNull) {
            throw ModelSupport.unexpectedNull("Result", reader);
          }
          builder.result(reader.nextInt());
          break;
      }
    }
    reader.endObject();
    if (builder.memberAccount == null) {
      throw ModelSupport.missing("Member_Account", path);
    }
    if (builder.result == null) {
      throw ModelSupport.missing("Result", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
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

