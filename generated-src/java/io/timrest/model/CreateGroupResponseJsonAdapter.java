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
 * Reads and writes {@link CreateGroupResponse} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class CreateGroupResponseJsonAdapter extends JsonAdapter<CreateGroupResponse> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    ACTION_STATUS,
    ERROR_INFO,
    ERROR_CODE,
    ERROR_DISPLAY,
    GROUP_ID
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "ActionStatus",
      "ErrorInfo",
      "ErrorCode",
      "ErrorDisplay",
      "GroupId"
  );

  CreateGroupResponseJsonAdapter(Moshi moshi) {
  }

  @Override
  public CreateGroupResponse fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    CreateGroupResponse.Builder builder = CreateGroupResponse.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case ACTION_STATUS:
          if (isNull) {
            throw ModelSupport.unexpectedNull("ActionStatus", reader);
          }
          builder.actionStatus(ModelSupport.nextString(reader));
          break;
        case ERROR_INFO:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.errorInfo(ModelSupport.nextString(reader));
          }
          break;
        case ERROR_CODE:
          if (isNull) {
            throw ModelSupport.unexpectedNull("ErrorCode", reader);
          }
          builder.errorCode(reader.nextInt());
          break;
        case ERROR_DISPLAY:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.errorDisplay(ModelSupport.nextString(reader));
          }
          break;
        case GROUP_ID:
          if (isNull) {
            throw ModelSupport.unexpectedNull("GroupId", reader);
          }
          builder.groupId(ModelSupport.nextString(reader));
          break;
      }
    }
    reader.endObject();
    if (builder.actionStatus == null) {
      throw ModelSupport.missing("ActionStatus", path);
    }
    if (builder.errorCode == null) {
      throw ModelSupport.missing("ErrorCode", path);
    }
    if (builder.groupId == null) {
      throw ModelSupport.missing("GroupId", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, CreateGroupResponse value) throws IOException {
    if (value == null) {
      throw new NullPointerException("CreateGroupResponse was null; wrap the adapter in nullSafe() to write null");
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
    writer.name("GroupId");
    writer.value(value.groupId);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(CreateGroupResponse)";
  }
}

