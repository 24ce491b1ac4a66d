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
 * Reads and writes {@link CreateGroupRequest} without reflection. Properties are written in spec order
 * and only when present. Reading, {@code null} is absent for an optional property and an error
 * for a required one; an unknown property is skipped, unless the reader fails on unknown names
 * ({@link JsonReader#setFailOnUnknown(boolean)}, for what a user wrote), which refuses it.
 */
final class CreateGroupRequestJsonAdapter extends JsonAdapter<CreateGroupRequest> {
  /** The properties in spec order, which is the order of {@link #NAMES}. */
  private enum Property {
    OWNER_ACCOUNT,
    TYPE,
    GROUP_ID,
    NAME,
    INTRODUCTION,
    NOTIFICATION,
    FACE_URL,
    MAX_MEMBER_COUNT,
    APPLY_JOIN_OPTION,
    MEMBER_LIST
  }

  private static final Property[] PROPERTIES = Property.values();
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
        ModelSupport.skipUnknown(reader, NAMES);
        continue;
      }
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      switch (PROPERTIES[index]) {
        case OWNER_ACCOUNT:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.ownerAccount(ModelSupport.nextString(reader));
          }
          break;
        case TYPE:
          if (isNull) {
            throw ModelSupport.unexpectedNull("Type", reader);
          }
          builder.type(ModelSupport.nextString(reader));
          break;
        case GROUP_ID:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.groupId(ModelSupport.nextString(reader));
          }
          break;
        case NAME:
          if (isNull) {
            throw ModelSupport.unexpectedNull("Name", reader);
          }
          builder.name(ModelSupport.nextString(reader));
          break;
        case INTRODUCTION:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.introduction(ModelSupport.nextString(reader));
          }
          break;
        case NOTIFICATION:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.notification(ModelSupport.nextString(reader));
          }
          break;
        case FACE_URL:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.faceUrl(ModelSupport.nextString(reader));
          }
          break;
        case MAX_MEMBER_COUNT:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.maxMemberCount(reader.nextInt());
          }
          break;
        case APPLY_JOIN_OPTION:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.applyJoinOption(ModelSupport.nextString(reader));
          }
          break;
        case MEMBER_LIST:
          if (isNull) {
            reader.nextNull();
          } else {
            builder.memberList(ModelSupport.readList(reader, memberListAdapter));
          }
          break;
      }
    }
    reader.endObject();
    if (builder.type == null) {
      throw ModelSupport.missing("Type", path);
    }
    if (builder.name == null) {
      throw ModelSupport.missing("Name", path);
    }
    try {
      return builder.build();
    } catch (TimValidationException e) {
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

