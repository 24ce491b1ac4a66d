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
 * Reads and writes {@link SetUnreadMsgNumRequest} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class SetUnreadMsgNumRequestJsonAdapter extends JsonAdapter<SetUnreadMsgNumRequest> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    GROUP_ID,
    MEMBER_ACCOUNT,
    UNREAD_MSG_NUM
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "GroupId",
      "Member_Account",
      "UnreadMsgNum"
  );

  SetUnreadMsgNumRequestJsonAdapter(Moshi moshi) {
  }

  @Override
  public SetUnreadMsgNumRequest fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    SetUnreadMsgNumRequest.Builder builder = SetUnreadMsgNumRequest.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(NAMES);
      if (index == -1) {
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case GROUP_ID:
          if (isNull) {
            throw ModelSupport.unexpectedNull("GroupId", reader);
          }
          builder.groupId(ModelSupport.nextString(reader));
          break;
        case MEMBER_ACCOUNT:
          if (isNull) {
            throw ModelSupport.unexpectedNull("Member_Account", reader);
          }
          builder.memberAccount(ModelSupport.nextString(reader));
          break;
        case UNREAD_MSG_NUM:
          if (isNull) {
            throw ModelSupport.unexpectedNull("UnreadMsgNum", reader);
          }
          builder.unreadMsgNum(reader.nextInt());
          break;
      }
    }
    reader.endObject();
    if (builder.groupId == null) {
      throw ModelSupport.missing("GroupId", path);
    }
    if (builder.memberAccount == null) {
      throw ModelSupport.missing("Member_Account", path);
    }
    if (builder.unreadMsgNum == null) {
      throw ModelSupport.missing("UnreadMsgNum", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, SetUnreadMsgNumRequest value) throws IOException {
    if (value == null) {
      throw new NullPointerException("SetUnreadMsgNumRequest was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("GroupId");
    writer.value(value.groupId);
    writer.name("Member_Account");
    writer.value(value.memberAccount);
    writer.name("UnreadMsgNum");
    writer.value(value.unreadMsgNum);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(SetUnreadMsgNumRequest)";
  }
}

