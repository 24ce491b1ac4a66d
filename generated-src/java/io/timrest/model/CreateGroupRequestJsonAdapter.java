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
 * Reads and writes {@link CreateGroupRequest} without reflection. Properties are written in spec order
 * and only when present; unknown properties are skipped and {@code null} reads as absent.
 */
final class CreateGroupRequestJsonAdapter extends JsonAdapter<CreateGroupRequest> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "Owner_Account",
      "Type",
      "GroupId",
      "Name",
      "Introduction",
      "Notification",
      "FaceUrl",
      "MaxMemberCount",
      "ApplyJoinOption",
      "MemberList"
  );
  private final JsonAdapter<GroupMember> memberListAdapter;

  CreateGroupRequestJsonAdapter(Moshi moshi) {
    this.memberListAdapter = moshi.adapter(GroupMember.class);
  }

  @Override
  public CreateGroupRequest fromJson(JsonReader reader) throws IOException {
    // The path must be taken before the object is read: after endObject() an enclosing array's
    // index already points at the next element.
    String path = reader.getPath();
    CreateGroupRequest.Builder builder = CreateGroupRequest.builder();
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
          builder.ownerAccount(reader.nextString());
          break;
        case 2 - 1:
          builder.type(reader.nextString());
          break;
        case 3 - 1:
          builder.groupId(reader.nextString());
          break;
        case 4 - 1:
          builder.name(reader.nextString());
          break;
        case 5 - 1:
          builder.introduction(reader.nextString());
          break;
        case 6 - 1:
          builder.notification(reader.nextString());
          break;
        case 7 - 1:
          builder.faceUrl(reader.nextString());
          break;
        case 8 - 1:
          builder.maxMemberCount(reader.nextInt());
          break;
        case 9 - 1:
          builder.applyJoinOption(reader.nextString());
          break;
        case 10 - 1:
          builder.memberList(ModelSupport.readList(reader, memberListAdapter));
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
  public void toJson(JsonWriter writer, CreateGroupRequest value) throws IOException {
    if (value == null) {
      throw new NullPointerException("CreateGroupRequest was null; wrap the adapter in nullSafe() to write null");
    }
    writer.beginObject();
    if (value.ownerAccount != null) {
      writer.name("Owner_Account");
      writer.value(value.ownerAccount);
    }
    writer.name("Type");
    writer.value(value.type);
    if (value.groupId != null) {
      writer.name("GroupId");
      writer.value(value.groupId);
    }
    writer.name("Name");
    writer.value(value.name);
    if (value.introduction != null) {
      writer.name("Introduction");
      writer.value(value.introduction);
    }
    if (value.notification != null) {
      writer.name("Notification");
      writer.value(value.notification);
    }
    if (value.faceUrl != null) {
      writer.name("FaceUrl");
      writer.value(value.faceUrl);
    }
    if (value.maxMemberCount != null) {
      writer.name("MaxMemberCount");
      writer.value(value.maxMemberCount);
    }
    if (value.applyJoinOption != null) {
      writer.name("ApplyJoinOption");
      writer.value(value.applyJoinOption);
    }
    if (value.memberList != null) {
      writer.name("MemberList");
      ModelSupport.writeList(writer, memberListAdapter, value.memberList);
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(CreateGroupRequest)";
  }
}

