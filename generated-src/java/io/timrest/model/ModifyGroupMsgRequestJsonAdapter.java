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
 * Reads and writes {@link ModifyGroupMsgRequest} without reflection. Properties are written in spec order
 * and only when present; unknown properties are skipped and {@code null} reads as absent.
 */
final class ModifyGroupMsgRequestJsonAdapter extends JsonAdapter<ModifyGroupMsgRequest> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "GroupId",
      "MsgSeq",
      "MsgBody",
      "CloudCustomData",
      "TopicId"
  );
  private final JsonAdapter<MsgElement> msgBodyAdapter;

  ModifyGroupMsgRequestJsonAdapter(Moshi moshi) {
    this.msgBodyAdapter = moshi.adapter(MsgElement.class);
  }

  @Override
  public ModifyGroupMsgRequest fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    ModifyGroupMsgRequest.Builder builder = ModifyGroupMsgRequest.builder();
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
          builder.groupId(reader.nextString());
          break;
        case 2 - 1:
          builder.msgSeq(reader.nextLong());
          break;
        case 3 - 1:
          builder.msgBody(ModelSupport.readList(reader, msgBodyAdapter));
          break;
        case 4 - 1:
          builder.cloudCustomData(reader.nextString());
          break;
        case 5 - 1:
          builder.topicId(reader.nextString());
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
  public void toJson(JsonWriter writer, ModifyGroupMsgRequest value) throws IOException {
    if (value == null) {
      throw new NullPointerException("ModifyGroupMsgRequest was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    writer.name("GroupId");
    writer.value(value.groupId);
    writer.name("MsgSeq");
    writer.value(value.msgSeq);
    if (value.msgBody != null) {
      writer.name("MsgBody");
      ModelSupport.writeList(writer, msgBodyAdapter, value.msgBody);
    }
    if (value.cloudCustomData != null) {
      writer.name("CloudCustomData");
      writer.value(value.cloudCustomData);
    }
    if (value.topicId != null) {
      writer.name("TopicId");
      writer.value(value.topicId);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ModifyGroupMsgRequest)";
  }
}

