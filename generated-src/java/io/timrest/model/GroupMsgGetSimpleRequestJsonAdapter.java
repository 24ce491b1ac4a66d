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
 * Reads and writes {@link GroupMsgGetSimpleRequest} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class GroupMsgGetSimpleRequestJsonAdapter extends JsonAdapter<GroupMsgGetSimpleRequest> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    GROUP_ID,
    REQ_MSG_NUMBER,
    REQ_MSG_SEQ,
    WITH_RECALLED_MSG,
    TOPIC_ID
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "GroupId",
      "ReqMsgNumber",
      "ReqMsgSeq",
      "WithRecalledMsg",
      "TopicId"
  );

  GroupMsgGetSimpleRequestJsonAdapter(Moshi moshi) {
  }

  @Override
  public GroupMsgGetSimpleRequest fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    GroupMsgGetSimpleRequest.Builder builder = GroupMsgGetSimpleRequest.builder();
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
        case REQ_MSG_NUMBER:
          if (isNull) {
            throw ModelSupport.unexpectedNull("ReqMsgNumber", reader);
          }
          builder.reqMsgNumber(reader.nextInt());
          break;
        case REQ_MSG_SEQ:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.reqMsgSeq(reader.nextLong());
          }
          break;
        case WITH_RECALLED_MSG:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.withRecalledMsg(reader.nextInt());
          }
          break;
        case TOPIC_ID:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.topicId(ModelSupport.nextString(reader));
          }
          break;
      }
    }
    reader.endObject();
    if (builder.groupId == null) {
      throw ModelSupport.missing("GroupId", path);
    }
    if (builder.reqMsgNumber == null) {
      throw ModelSupport.missing("ReqMsgNumber", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, GroupMsgGetSimpleRequest value) throws IOException {
    if (value == null) {
      throw new NullPointerException("GroupMsgGetSimpleRequest was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("GroupId");
    writer.value(value.groupId);
    writer.name("ReqMsgNumber");
    writer.value(value.reqMsgNumber);
    if (value.reqMsgSeq != null) {
      writer.name("ReqMsgSeq");
      writer.value(value.reqMsgSeq);
    }
    if (value.withRecalledMsg != null) {
      writer.name("WithRecalledMsg");
      writer.value(value.withRecalledMsg);
    }
    if (value.topicId != null) {
      writer.name("TopicId");
      writer.value(value.topicId);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(GroupMsgGetSimpleRequest)";
  }
}

