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
 * Reads and writes {@link ImportGroupMsgRequest} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class ImportGroupMsgRequestJsonAdapter extends JsonAdapter<ImportGroupMsgRequest> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    GROUP_ID,
    RECENT_CONTACT_FLAG,
    MSG_LIST,
    TOPIC_ID
  }

  private static final Property[] PROPERTIES = Property.values();
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "GroupId",
      "RecentContactFlag",
      "MsgList",
      "TopicId"
  );
  private final JsonAdapter<ImportMsg> msgListAdapter;

  ImportGroupMsgRequestJsonAdapter(Moshi moshi) {
    this.msgListAdapter = moshi.adapter(ImportMsg.class);
  }

  @Override
  public ImportGroupMsgRequest fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    ImportGroupMsgRequest.Builder builder = ImportGroupMsgRequest.builder();
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
        case RECENT_CONTACT_FLAG:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.recentContactFlag(reader.nextInt());
          }
          break;
        case MSG_LIST:
          if (isNull) {
            throw ModelSupport.unexpectedNull("MsgList", reader);
          }
          builder.msgList(ModelSupport.readList(reader, msgListAdapter));
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
    if (builder.msgList == null) {
      throw ModelSupport.missing("MsgList", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, ImportGroupMsgRequest value) throws IOException {
    if (value == null) {
      throw new NullPointerException("ImportGroupMsgRequest was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("GroupId");
    writer.value(value.groupId);
    if (value.recentContactFlag != null) {
      writer.name("RecentContactFlag");
      writer.value(value.recentContactFlag);
    }
    writer.name("MsgList");
    ModelSupport.writeList(writer, msgListAdapter, value.msgList);
    if (value.topicId != null) {
      writer.name("TopicId");
      writer.value(value.topicId);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ImportGroupMsgRequest)";
  }
}

