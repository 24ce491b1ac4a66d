package io.timrest.migrate;

import io.timrest.TimJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The property names of the objects a history record holds, at every depth, so that an unknown
 * name can be answered with the nearest known one. The generated adapters know these names but
 * keep them private; this table repeats them from the spec, and {@code KnownNamesTest} checks
 * it against the generated models, so that it cannot drift.
 */
final class KnownNames {
  private KnownNames() {
  }

  /**
   * One object schema of the spec.
   *
   * @param names its property names, in spec order
   * @param children the schema of the objects a property holds (directly or as array items)
   */
  record Schema(List<String> names, Map<String, String> children) {
  }

  /** The element union: its content schema follows from {@code MsgType}. */
  static final String MSG_ELEMENT = "MsgElement";

  static final Map<String, Schema> SCHEMAS = Map.ofEntries(
      Map.entry("AccountImportRequest", leaf("UserID", "Nick", "FaceUrl")),
      Map.entry("ImportGroupRequest", new Schema(
          List.of("Owner_Account", "Type", "GroupId", "Name", "Introduction", "Notification", "FaceUrl",
              "MaxMemberCount", "ApplyJoinOption", "AppDefinedData", "CreateTime", "SupportTopic"),
          Map.of("AppDefinedData", "AppDefinedDataItem"))),
      Map.entry("AppDefinedDataItem", leaf("Key", "Value")),
      Map.entry("ImportGroupMember", leaf("Member_Account", "Role", "JoinTime", "UnreadMsgNum")),
      Map.entry("ImportMsg", new Schema(
          List.of("From_Account", "SendTime", "Random", "MsgBody", "CloudCustomData"),
          Map.of("MsgBody", MSG_ELEMENT))),
      Map.entry("ImportC2cMsgRequest", new Schema(
          List.of("SyncFromOldSystem", "From_Account", "To_Account", "MsgSeq", "MsgRandom", "MsgTimeStamp",
              "MsgBody", "CloudCustomData"),
          Map.of("MsgBody", MSG_ELEMENT))),
      Map.entry("SetUnreadMsgNumRequest", leaf("GroupId", "Member_Account", "UnreadMsgNum")),
      Map.entry(MSG_ELEMENT, leaf("MsgType", "MsgContent")),
      Map.entry("TIMTextElemContent", leaf("Text")),
      Map.entry("TIMLocationElemContent", leaf("Desc", "Latitude", "Longitude")),
      Map.entry("TIMFaceElemContent", leaf("Index", "Data")),
      Map.entry("TIMCustomElemContent", leaf("Data", "Desc", "Ext", "Sound")),
      Map.entry("TIMSoundElemContent", leaf("Url", "UUID", "Size", "Second", "Download_Flag")),
      Map.entry("TIMImageElemContent", new Schema(
          List.of("UUID", "ImageFormat", "ImageInfoArray"), Map.of("ImageInfoArray", "ImageInfo"))),
      Map.entry("ImageInfo", leaf("Type", "Size", "Width", "Height", "URL")),
      Map.entry("TIMFileElemContent", leaf("Url", "UUID", "FileSize", "FileName", "Download_Flag")),
      Map.entry("TIMVideoFileElemContent", leaf("VideoUrl", "VideoUUID", "VideoSize", "VideoSecond", "VideoFormat",
          "VideoDownloadFlag", "ThumbUrl", "ThumbUUID", "ThumbSize", "ThumbWidth", "ThumbHeight", "ThumbFormat",
          "ThumbDownloadFlag")));

  /** The element types the models know; an element of any other {@code MsgType} is kept as it is. */
  static final List<String> MSG_TYPES = List.of(
      "TIMTextElem", "TIMLocationElem", "TIMFaceElem", "TIMCustomElem", "TIMSoundElem", "TIMImageElem",
      "TIMFileElem", "TIMVideoFileElem");

  private static Schema leaf(String... names) {
    return new Schema(List.of(names), Map.of());
  }

  /** The schema of a record type's object. */
  static String rootSchema(RecordType type) {
    switch (type) {
      case ACCOUNT:
        return "AccountImportRequest";
      case GROUP:
        return "ImportGroupRequest";
      case MEMBER:
        return "ImportGroupMember";
      case GROUP_MSG:
        return "ImportMsg";
      case C2C_MSG:
        return "ImportC2cMsgRequest";
      case UNREAD:
        return "SetUnreadMsgNumRequest";
      default:
        throw new AssertionError(type);
    }
  }

  /** The names a record of {@code type} has at its top level besides its schema's: {@code type} and the extra fields. */
  static List<String> extraNames(RecordType type) {
    switch (type) {
      case MEMBER:
        return List.of("type", "GroupId");
      case GROUP_MSG:
        return List.of("type", "GroupId", "SourceId");
      case C2C_MSG:
        return List.of("type", "SourceId");
      default:
        return List.of("type");
    }
  }

  /** Whether the models know the element type {@code msgType}. */
  static boolean isKnownMsgType(String msgType) {
    return MSG_TYPES.contains(msgType);
  }

  /**
   * An unknown name and the names known where it is.
   *
   * @param parentPath the JSON path of the object that holds it ({@code $} for the record)
   * @param schema the schema of that object
   * @param name the unknown name
   * @param known the names that object may hold
   */
  record Unknown(String parentPath, String schema, String name, List<String> known) {
    /** The known name nearest to {@link #name()}. */
    String nearest() {
      return KnownNames.nearest(name, known);
    }
  }

  /**
   * Finds the unknown name at the end of {@code path} (a Moshi JSON path such as
   * {@code $.MsgBody[0].MsgContent.Txt}, every name of which but the last is known) in a record
   * of {@code type}.
   *
   * @param msgTypeAt the {@code MsgType} of the element at a JSON path, if it has one
   */
  static Optional<Unknown> locate(RecordType type, String path, Function<String, Optional<String>> msgTypeAt) {
    if (!path.startsWith("$")) {
      return Optional.empty();
    }
    String schema = rootSchema(type);
    List<String> names = concat(SCHEMAS.get(schema).names(), extraNames(type));
    StringBuilder parent = new StringBuilder("$");
    String rest = path.substring(1);
    while (true) {
      if (rest.startsWith("[")) {
        int close = rest.indexOf(']');
        if (close < 0) {
          return Optional.empty();
        }
        parent.append(rest, 0, close + 1);
        rest = rest.substring(close + 1);
        continue;
      }
      if (!rest.startsWith(".")) {
        return Optional.empty();
      }
      String after = rest.substring(1);
      String matched = null;
      for (String name : names) {
        if (after.length() > name.length() && after.startsWith(name)
            && (after.charAt(name.length()) == '.' || after.charAt(name.length()) == '[')) {
          matched = name;
          break;
        }
      }
      if (matched == null) {
        return Optional.of(new Unknown(parent.toString(), schema, after, names));
      }
      String child = SCHEMAS.get(schema).children().get(matched);
      if (MSG_ELEMENT.equals(schema) && "MsgContent".equals(matched)) {
        child = msgTypeAt.apply(parent.toString())
            .map(msgType -> msgType + "Content")
            .filter(SCHEMAS::containsKey)
            .orElse(null);
      }
      if (child == null) {
        return Optional.empty();
      }
      parent.append('.').append(matched);
      rest = after.substring(matched.length());
      schema = child;
      names = SCHEMAS.get(schema).names();
    }
  }

  /** The nearest of {@code known} (never empty here) to a mistyped {@code name}: {@link TimJson#nearestName}. */
  static String nearest(String name, List<String> known) {
    return TimJson.nearestName(name, known).orElseThrow();
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }
}
