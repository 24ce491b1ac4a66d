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
 * Reads and writes {@link AccountImportRequest} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class AccountImportRequestJsonAdapter extends JsonAdapter<AccountImportRequest> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    USER_ID,
    NICK,
    FACE_URL
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "UserID",
      "Nick",
      "FaceUrl"
  );

  AccountImportRequestJsonAdapter(Moshi moshi) {
  }

  @Override
  public AccountImportRequest fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    AccountImportRequest.Builder builder = AccountImportRequest.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case USER_ID:
          if (isNull) {
            throw ModelSupport.unexpectedNull("UserID", reader);
          }
          builder.userID(ModelSupport.nextString(reader));
          break;
        case NICK:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.nick(ModelSupport.nextString(reader));
          }
          break;
        case FACE_URL:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.faceUrl(ModelSupport.nextString(reader));
          }
          break;
      }
    }
    reader.endObject();
    if (builder.userID == null) {
      throw ModelSupport.missing("UserID", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, AccountImportRequest value) throws IOException {
    if (value == null) {
      throw new NullPointerException("AccountImportRequest was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("UserID");
    writer.value(value.userID);
    if (value.nick != null) {
      writer.name("Nick");
      writer.value(value.nick);
    }
    if (value.faceUrl != null) {
      writer.name("FaceUrl");
      writer.value(value.faceUrl);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(AccountImportRequest)";
  }
}

