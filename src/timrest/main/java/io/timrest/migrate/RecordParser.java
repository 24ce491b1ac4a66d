package io.timrest.migrate;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.timrest.TimValidationException;
import io.timrest.model.AccountImportRequest;
import io.timrest.model.ImportC2cMsgRequest;
import io.timrest.model.ImportGroupMember;
import io.timrest.model.ImportGroupRequest;
import io.timrest.model.ImportMsg;
import io.timrest.model.SetUnreadMsgNumRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;

/**
 * Reads one line of a history file as a {@link HistoryRecord}, strictly: a name the record's
 * schema does not have, at any depth, is an error, and every error is a {@link Problem} that
 * names the field and the rule in the words of the file's author.
 *
 * <p>How: the line's syntax is checked first ({@link JsonSyntax}, for the column), which also
 * finds where its top-level members are. Those members, less {@code type}, the record's extra
 * fields ({@code SourceId}, and {@code GroupId} where the model has none) and {@code null}
 * values, are copied byte for byte into a buffer, with what a one-to-one message may leave out
 * added (see {@link C2cMsgRecord}), and the buffer is read by the generated adapter on a
 * {@link JsonReader} that {@linkplain JsonReader#setFailOnUnknown fails on unknown names}: Moshi
 * then throws on the first unknown name at any depth, with its JSON path.
 *
 * <p>Two things that strict reader also refuses are not errors of the file, so a line it refuses
 * for skipping something is read a second time from a canonical copy: the generated adapters
 * skip a {@code null} value (which reads as absent) with {@code skipValue()}, which a failing
 * reader refuses; and the element adapter finds {@code MsgType} with a {@code peekJson()} reader,
 * which inherits the setting and refuses any name before {@code MsgType}. The canonical copy
 * leaves out null members and puts {@code MsgType} first in every element; an element of a type
 * the models do not know keeps everything else as it is. The common line is read once.
 *
 * <p>Safe for use by several threads: it keeps no state between calls.
 */
final class RecordParser {
  /** What one line reads as: a record, or the problem that stopped it. */
  static final class Parsed {
    private final HistoryRecord record;
    private final Problem problem;
    private final String definedId;

    private Parsed(HistoryRecord record, Problem problem, String definedId) {
      this.record = record;
      this.problem = problem;
      this.definedId = definedId;
    }

    /** The record, if the line is one. */
    Optional<HistoryRecord> record() {
      return Optional.ofNullable(record);
    }

    /** The problem, if the line is not a record. */
    Optional<Problem> problem() {
      return Optional.ofNullable(problem);
    }

    /**
     * For a group or account line that is not a record: the {@code GroupId} or {@code UserID} it
     * defines, when that much could be read, so that the records that refer to it are left out
     * with it rather than reported as referring to nothing.
     */
    Optional<String> definedId() {
      return Optional.ofNullable(definedId);
    }
  }

  private static final String TYPE = "type";
  private static final String SOURCE_ID = "SourceId";
  private static final String GROUP_ID = "GroupId";
  private static final String TYPES = Arrays.stream(RecordType.values())
      .map(RecordType::fileName).collect(Collectors.joining(", "));
  private static final Set<RecordType> WITH_SOURCE_ID = EnumSet.of(RecordType.GROUP_MSG, RecordType.C2C_MSG);
  private static final Set<RecordType> WITH_GROUP_ID =
      EnumSet.of(RecordType.GROUP, RecordType.MEMBER, RecordType.GROUP_MSG, RecordType.UNREAD);
  /** The types whose model has {@code GroupId} itself: it goes back into the object the adapter reads. */
  private static final Set<RecordType> GROUP_ID_IN_MODEL = EnumSet.of(RecordType.GROUP, RecordType.UNREAD);

  private static final Pattern UNKNOWN_NAME = Pattern.compile("Cannot skip unexpected NAME at (\\$.*)");
  private static final Pattern SKIPPED = Pattern.compile("Cannot skip unexpected (\\w+) at (\\$.*)");
  private static final Pattern EXPECTED = Pattern.compile("(?s)Expected (.+?) but was (.*) at path (\\$.*)");
  private static final Pattern MISSING = Pattern.compile("Required value '(\\w+)' missing at (\\$.*)");
  /** A null on a required property: the history file reads a null as absent, so it is missing. */
  private static final Pattern NULL_REQUIRED = Pattern.compile("Non-null value '(\\w+)' was null at (\\$.*)");
  private static final Pattern CONSTANT =
      Pattern.compile("(?s)(\\w+): enum \\(\\w+\\.\\w+ must be \"(.*)\", was \"(.*)\"\\) at (\\$.*)");
  private static final Pattern NO_MSG_TYPE = Pattern.compile("Missing MsgType in MsgElement at (\\$.*)");
  private static final Pattern MSG_TYPE_NOT_STRING = Pattern.compile("MsgType must be a string at (\\$.*)");
  private static final Pattern NOT_AN_ELEMENT = Pattern.compile("Expected a MsgElement object but was (\\w+) at (\\$.*)");
  private static final Pattern NULL_ELEMENT = Pattern.compile("Unexpected null element at (\\$.*)");
  private static final Pattern ANY_PATH = Pattern.compile("(?s)(.*?) at (?:path )?(\\$\\S*)$");
  private static final Pattern PATH_SEGMENT = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");

  private final JsonAdapter<AccountImportRequest> accountAdapter;
  private final JsonAdapter<ImportGroupRequest> groupAdapter;
  private final JsonAdapter<ImportGroupMember> memberAdapter;
  private final JsonAdapter<ImportMsg> groupMsgAdapter;
  private final JsonAdapter<ImportC2cMsgRequest> c2cMsgAdapter;
  private final JsonAdapter<SetUnreadMsgNumRequest> unreadAdapter;

  /** A parser with the adapters of {@code moshi}, which must have {@code TimJsonAdapters.FACTORY}. */
  RecordParser(Moshi moshi) {
    this.accountAdapter = moshi.adapter(AccountImportRequest.class);
    this.groupAdapter = moshi.adapter(ImportGroupRequest.class);
    this.memberAdapter = moshi.adapter(ImportGroupMember.class);
    this.groupMsgAdapter = moshi.adapter(ImportMsg.class);
    this.c2cMsgAdapter = moshi.adapter(ImportC2cMsgRequest.class);
    this.unreadAdapter = moshi.adapter(SetUnreadMsgNumRequest.class);
  }

  /** Reads {@code bytes[start, end)}, line {@code line} (without its line break). */
  Parsed parse(byte[] bytes, int start, int end, long line) {
    JsonSyntax.Members members = new JsonSyntax.Members();
    JsonSyntax.Error syntax = JsonSyntax.check(bytes, start, end, members);
    if (syntax != null) {
      return problem(new Problem(line, null, Optional.empty(), "",
          "invalid JSON at column " + syntax.column() + ": " + syntax.message()), null);
    }
    try {
      return parseValid(new Split(bytes, members), line);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Buffer does no I/O
    }
  }

  private Parsed parseValid(Split split, long line) throws IOException {
    if (split.type == null) {
      String rule = split.typeToken == null
          ? "is required: one of " + TYPES
          : "must be a string, one of " + TYPES + "; found " + tokenName(split.typeToken.name());
      return problem(new Problem(line, null, Optional.empty(), TYPE, rule), null);
    }
    Optional<RecordType> known = RecordType.ofFileName(split.type);
    if (known.isEmpty()) {
      String nearest = KnownNames.nearest(split.type, Arrays.stream(RecordType.values()).map(RecordType::fileName).toList());
      return problem(new Problem(line, null, Optional.empty(), TYPE,
          "unknown record type \"" + split.type + "\" (the nearest known type is " + nearest + "; the types are " + TYPES + ")"), null);
    }
    RecordType type = known.get();
    Optional<String> sourceId = WITH_SOURCE_ID.contains(type) ? Optional.ofNullable(split.sourceId) : Optional.empty();
    String definedId = type == RecordType.GROUP ? split.groupId : type == RecordType.ACCOUNT ? split.userId : null;

    Problem extra = checkExtraFields(split, type, line, sourceId);
    if (extra != null) {
      return problem(extra, definedId);
    }
    try {
      Object model = readStrictly(split, type);
      // Role is an enum of one value, "Admin"; the model reads any string (an optional property).
      if (model instanceof ImportGroupMember) {
        Optional<String> role = ((ImportGroupMember) model).role();
        if (role.isPresent() && !ImportGroupMember.ROLE_ADMIN.equals(role.get())) {
          return problem(new Problem(line, type, sourceId, "Role",
              "must be \"" + ImportGroupMember.ROLE_ADMIN + "\" or absent; found \"" + role.get() + "\""), definedId);
        }
      }
      return new Parsed(record(type, line, split, model), null, null);
    } catch (JsonDataException e) {
      return problem(translate(e, type, line, sourceId, split), definedId);
    }
  }

  private static Problem checkExtraFields(Split split, RecordType type, long line, Optional<String> sourceId) {
    if (split.sourceIdPresent && !WITH_SOURCE_ID.contains(type)) {
      return new Problem(line, type, sourceId, SOURCE_ID,
          "is not a field of " + type.fileName() + " records (only group_msg and c2c_msg records have one)");
    }
    if (split.groupIdPresent && !WITH_GROUP_ID.contains(type)) {
      return new Problem(line, type, sourceId, GROUP_ID, "is not a field of " + type.fileName() + " records");
    }
    if (WITH_GROUP_ID.contains(type)) {
      if (split.groupIdToken != null) {
        return new Problem(line, type, sourceId, GROUP_ID, "must be a string; found " + tokenName(split.groupIdToken.name()));
      }
      if (split.groupId == null) {
        String why = type == RecordType.GROUP ? " in a history file (the custom ID of the group to create)" : "";
        return new Problem(line, type, sourceId, GROUP_ID, "is required" + why);
      }
    }
    if (WITH_SOURCE_ID.contains(type)) {
      if (split.sourceIdToken != null) {
        return new Problem(line, type, sourceId, SOURCE_ID, "must be a string; found " + tokenName(split.sourceIdToken.name()));
      }
      if (split.sourceId == null) {
        return new Problem(line, type, sourceId, SOURCE_ID, "is required (the message's ID in the old system, unique in the file)");
      }
      if (split.sourceId.isEmpty()) {
        return new Problem(line, type, sourceId, SOURCE_ID, "must not be empty");
      }
    }
    return null;
  }

  /**
   * The line's top-level members, found by {@link JsonSyntax}: {@code type} and the extra fields
   * read apart from the rest, which {@link #body} copies byte for byte.
   */
  private static final class Split {
    private final byte[] bytes;
    private final JsonSyntax.Members members;
    private final boolean[] keep;
    String type;
    JsonReader.Token typeToken;
    String sourceId;
    boolean sourceIdPresent;
    JsonReader.Token sourceIdToken;
    String groupId;
    boolean groupIdPresent;
    JsonReader.Token groupIdToken;
    private int groupIdMember = -1;
    String userId;
    boolean hasSyncFromOldSystem;
    boolean hasMsgSeq;
    boolean hasMsgRandom;

    Split(byte[] bytes, JsonSyntax.Members members) {
      this.bytes = bytes;
      this.members = members;
      this.keep = new boolean[members.count()];
      for (int i = 0; i < members.count(); i++) {
        int valueStart = members.valueStart(i);
        if (bytes[valueStart] == 'n') {
          continue; // null reads as absent, as everywhere in timrest
        }
        String name = JsonSyntax.decodeString(bytes, members.nameStart(i), members.nameEnd(i));
        boolean string = bytes[valueStart] == '"';
        switch (name) {
          case TYPE:
            if (string) {
              type = stringValue(i);
            } else {
              typeToken = token(i);
            }
            continue;
          case SOURCE_ID:
            sourceIdPresent = true;
            if (string) {
              sourceId = stringValue(i);
            } else {
              sourceIdToken = token(i);
            }
            continue;
          case GROUP_ID:
            groupIdPresent = true;
            if (string) {
              groupId = stringValue(i);
              groupIdMember = i;
            } else {
              groupIdToken = token(i);
            }
            continue;
          case "UserID":
            if (string) {
              userId = stringValue(i);
            }
            break;
          case "SyncFromOldSystem":
            hasSyncFromOldSystem = true;
            break;
          case "MsgSeq":
            hasMsgSeq = true;
            break;
          case "MsgRandom":
            hasMsgRandom = true;
            break;
          default:
            break;
        }
        keep[i] = true;
      }
    }

    private String stringValue(int i) {
      return JsonSyntax.decodeString(bytes, members.valueStart(i) + 1, members.valueEnd(i) - 1);
    }

    private JsonReader.Token token(int i) {
      switch (bytes[members.valueStart(i)]) {
        case '{':
          return JsonReader.Token.BEGIN_OBJECT;
        case '[':
          return JsonReader.Token.BEGIN_ARRAY;
        case 't':
        case 'f':
          return JsonReader.Token.BOOLEAN;
        default:
          return JsonReader.Token.NUMBER;
      }
    }

    /**
     * The object the adapter of {@code type} reads: the kept members byte for byte, plus
     * {@code GroupId} where the model has it and what a one-to-one message may leave out.
     */
    Buffer body(RecordType type) {
      Buffer body = new Buffer();
      body.writeByte('{');
      boolean first = true;
      for (int i = 0; i < keep.length; i++) {
        if (keep[i]) {
          first = member(body, first, members.nameStart(i), members.nameEnd(i), members.valueStart(i), members.valueEnd(i));
        }
      }
      if (GROUP_ID_IN_MODEL.contains(type)) {
        int i = groupIdMember;
        first = member(body, first, members.nameStart(i), members.nameEnd(i), members.valueStart(i), members.valueEnd(i));
      }
      if (type == RecordType.C2C_MSG) {
        long hash = Ids.hash(sourceId);
        if (!hasSyncFromOldSystem) {
          first = member(body, first, "SyncFromOldSystem", Limits.DEFAULT_SYNC_FROM_OLD_SYSTEM);
        }
        if (!hasMsgSeq) {
          first = member(body, first, "MsgSeq", Ids.c2cMsgSeq(hash));
        }
        if (!hasMsgRandom) {
          member(body, first, "MsgRandom", Ids.c2cMsgRandom(hash));
        }
      }
      body.writeByte('}');
      return body;
    }

    private boolean member(Buffer body, boolean first, int nameStart, int nameEnd, int valueStart, int valueEnd) {
      if (!first) {
        body.writeByte(',');
      }
      body.writeByte('"').write(bytes, nameStart, nameEnd - nameStart).writeByte('"').writeByte(':')
          .write(bytes, valueStart, valueEnd - valueStart);
      return false;
    }

    private static boolean member(Buffer body, boolean first, String name, long value) {
      if (!first) {
        body.writeByte(',');
      }
      body.writeByte('"').writeUtf8(name).writeByte('"').writeByte(':').writeDecimalLong(value);
      return false;
    }
  }

  private Object readStrictly(Split split, RecordType type) throws IOException {
    try {
      return read(type, split.body(type));
    } catch (JsonDataException e) {
      if (!e.getMessage().startsWith("Cannot skip unexpected")) {
        throw e;
      }
    }
    // The strict reader skipped something: maybe only a null or a name before MsgType. Read
    // again from the canonical copy; what fails now fails for a reason of the file.
    return read(type, canonical(split.body(type)));
  }

  /**
   * The generated adapters refuse an unknown name of a strict reader themselves, as a
   * {@link TimValidationException} whose field is its path; it becomes Moshi's own failure again,
   * which {@link #translate} names with the nearest known name of its place in the record.
   */
  private Object read(RecordType type, Buffer body) throws IOException {
    try {
      return adapter(type).fromJson(strictReader(body));
    } catch (TimValidationException e) {
      if (!"unknownField".equals(e.rule())) {
        throw e;
      }
      throw new JsonDataException("Cannot skip unexpected NAME at $." + e.field(), e);
    }
  }

  private static JsonReader strictReader(Buffer body) {
    JsonReader reader = JsonReader.of(body);
    reader.setFailOnUnknown(true);
    return reader;
  }

  private JsonAdapter<?> adapter(RecordType type) {
    switch (type) {
      case ACCOUNT:
        return accountAdapter;
      case GROUP:
        return groupAdapter;
      case MEMBER:
        return memberAdapter;
      case GROUP_MSG:
        return groupMsgAdapter;
      case C2C_MSG:
        return c2cMsgAdapter;
      case UNREAD:
        return unreadAdapter;
      default:
        throw new AssertionError(type);
    }
  }

  private static HistoryRecord record(RecordType type, long line, Split split, Object model) {
    switch (type) {
      case ACCOUNT:
        return new AccountRecord(line, (AccountImportRequest) model);
      case GROUP:
        return new GroupRecord(line, (ImportGroupRequest) model);
      case MEMBER:
        return new MemberRecord(line, split.groupId, (ImportGroupMember) model);
      case GROUP_MSG:
        return new GroupMsgRecord(line, split.groupId, split.sourceId, (ImportMsg) model);
      case C2C_MSG:
        return new C2cMsgRecord(line, split.sourceId, (ImportC2cMsgRequest) model);
      case UNREAD:
        return new UnreadRecord(line, (SetUnreadMsgNumRequest) model);
      default:
        throw new AssertionError(type);
    }
  }

  /** A copy without null members, with {@code MsgType} first in every object that has one. */
  private static Buffer canonical(Buffer body) throws IOException {
    Buffer canonical = new Buffer();
    try (JsonReader in = JsonReader.of(body); JsonWriter out = JsonWriter.of(canonical)) {
      copyCanonical(in, out);
    }
    return canonical;
  }

  private static void copyCanonical(JsonReader in, JsonWriter out) throws IOException {
    switch (in.peek()) {
      case BEGIN_OBJECT:
        String msgType = msgTypeOf(in);
        boolean opaque = msgType != null && !KnownNames.isKnownMsgType(msgType);
        in.beginObject();
        out.beginObject();
        if (msgType != null) {
          out.name("MsgType").value(msgType);
        }
        while (in.hasNext()) {
          String name = in.nextName();
          if (msgType != null && name.equals("MsgType")) {
            in.skipValue();
          } else if (opaque) {
            out.name(name); // an element of a type the models do not know is kept as it is
            copyVerbatim(in, out);
          } else if (in.peek() == JsonReader.Token.NULL) {
            in.skipValue();
          } else {
            out.name(name);
            copyCanonical(in, out);
          }
        }
        in.endObject();
        out.endObject();
        return;
      case BEGIN_ARRAY:
        in.beginArray();
        out.beginArray();
        while (in.hasNext()) {
          copyCanonical(in, out);
        }
        in.endArray();
        out.endArray();
        return;
      case STRING:
        out.value(in.nextString());
        return;
      case NULL:
        in.nextNull();
        out.nullValue(); // an array's null element: the adapter names it
        return;
      default:
        copyVerbatim(in, out); // numbers keep their text, booleans are one word
    }
  }

  /** The string value of the object's {@code MsgType} member, if it has one. */
  private static String msgTypeOf(JsonReader in) throws IOException {
    try (JsonReader peek = in.peekJson()) {
      peek.beginObject();
      while (peek.hasNext()) {
        if (peek.nextName().equals("MsgType")) {
          return peek.peek() == JsonReader.Token.STRING ? peek.nextString() : null;
        }
        peek.skipValue();
      }
      return null;
    }
  }

  private static void copyVerbatim(JsonReader in, JsonWriter out) throws IOException {
    try (BufferedSource value = in.nextSource(); BufferedSink sink = out.valueSink()) {
      sink.writeAll(value);
    }
  }

  // ------------------------------------------------------------------ errors in the user's words

  private Problem translate(JsonDataException e, RecordType type, long line, Optional<String> sourceId, Split split) {
    String message = e.getMessage();
    Matcher m;
    if ((m = UNKNOWN_NAME.matcher(message)).matches()) {
      String path = m.group(1);
      Buffer json = canonicalBody(split, type);
      Optional<KnownNames.Unknown> unknown = KnownNames.locate(type, path, at -> msgTypeAt(json, at));
      if (unknown.isPresent() && unknown.get().known().contains(unknown.get().name())
          && KnownNames.MSG_ELEMENT.equals(unknown.get().schema())) {
        // The element adapter looks for MsgType before anything else; a known name refused
        // there means the element has no MsgType (the canonical copy puts it first).
        return new Problem(line, type, sourceId, field(unknown.get().parentPath(), "MsgType"), "is required (the element's type)");
      }
      if (unknown.isPresent()) {
        return new Problem(line, type, sourceId, field(path),
            "unknown field (the nearest known name is " + unknown.get().nearest() + ")");
      }
      return new Problem(line, type, sourceId, field(path), "unknown field");
    }
    if ((m = SKIPPED.matcher(message)).matches()) {
      return new Problem(line, type, sourceId, field(m.group(2)), "unexpected " + tokenName(m.group(1)));
    }
    if ((m = EXPECTED.matcher(message)).matches()) {
      return new Problem(line, type, sourceId, field(m.group(3)),
          "must be " + expectation(m.group(1)) + "; found " + tokenName(m.group(2)));
    }
    if ((m = MISSING.matcher(message)).matches()) {
      return new Problem(line, type, sourceId, field(m.group(2), m.group(1)), "is required");
    }
    if ((m = NULL_REQUIRED.matcher(message)).matches()) {
      return new Problem(line, type, sourceId, field(m.group(2)), "is required");
    }
    if ((m = CONSTANT.matcher(message)).matches()) {
      return new Problem(line, type, sourceId, field(m.group(4), m.group(1)),
          "must be \"" + m.group(2) + "\" or absent; found \"" + m.group(3) + "\"");
    }
    if ((m = NO_MSG_TYPE.matcher(message)).matches()) {
      return new Problem(line, type, sourceId, field(m.group(1), "MsgType"), "is required (the element's type)");
    }
    if ((m = MSG_TYPE_NOT_STRING.matcher(message)).matches()) {
      return new Problem(line, type, sourceId, field(m.group(1), "MsgType"), "must be a string (the element's type)");
    }
    if ((m = NOT_AN_ELEMENT.matcher(message)).matches()) {
      return new Problem(line, type, sourceId, field(m.group(2)),
          "must be a message element {\"MsgType\": ..., \"MsgContent\": {...}}; found " + tokenName(m.group(1)));
    }
    if ((m = NULL_ELEMENT.matcher(message)).matches()) {
      return new Problem(line, type, sourceId, field(m.group(1)), "must not be null");
    }
    if ((m = ANY_PATH.matcher(message)).matches()) {
      return new Problem(line, type, sourceId, field(m.group(2)), m.group(1));
    }
    return new Problem(line, type, sourceId, "", message);
  }

  private static Buffer canonicalBody(Split split, RecordType type) {
    try {
      return canonical(split.body(type));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Buffer does no I/O
    }
  }

  /** The {@code MsgType} of the element at {@code path} in {@code json} (which is not consumed). */
  private static Optional<String> msgTypeAt(Buffer json, String path) {
    try (JsonReader reader = JsonReader.of(json.copy())) {
      Matcher segment = PATH_SEGMENT.matcher(path);
      int from = 1;
      while (from < path.length()) {
        if (!segment.find(from) || segment.start() != from) {
          return Optional.empty();
        }
        if (segment.group(1) != null) {
          if (reader.peek() != JsonReader.Token.BEGIN_OBJECT || !findName(reader, segment.group(1))) {
            return Optional.empty();
          }
        } else {
          int index = Integer.parseInt(segment.group(2));
          if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
            return Optional.empty();
          }
          reader.beginArray();
          for (int i = 0; i < index && reader.hasNext(); i++) {
            reader.skipValue();
          }
          if (!reader.hasNext()) {
            return Optional.empty();
          }
        }
        from = segment.end();
      }
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT || !findName(reader, "MsgType")) {
        return Optional.empty();
      }
      return reader.peek() == JsonReader.Token.STRING ? Optional.of(reader.nextString()) : Optional.empty();
    } catch (IOException | JsonDataException e) {
      return Optional.empty();
    }
  }

  /** Enters the object at the reader and moves to the value of {@code name}. */
  private static boolean findName(JsonReader reader, String name) throws IOException {
    reader.beginObject();
    while (reader.hasNext()) {
      if (reader.nextName().equals(name)) {
        return true;
      }
      reader.skipValue();
    }
    return false;
  }

  /** A Moshi path as a field of the record: {@code $.MsgBody[0].Text} is {@code MsgBody[0].Text}. */
  private static String field(String path) {
    return path.startsWith("$.") ? path.substring(2) : path.startsWith("$") ? path.substring(1) : path;
  }

  private static String field(String objectPath, String property) {
    String object = field(objectPath);
    return object.isEmpty() ? property : object + "." + property;
  }

  private static String expectation(String moshi) {
    switch (moshi) {
      case "a long":
        return "a whole number";
      case "an int":
        return "a whole number from -2147483648 to 2147483647";
      case "a double":
        return "a number";
      case "a string":
        return "a string";
      case "a boolean":
        return "true or false";
      case "BEGIN_ARRAY":
        return "an array";
      case "BEGIN_OBJECT":
        return "an object";
      default:
        return moshi;
    }
  }

  /** Moshi's name of a token, or the text it shows of a value, as the file's author wrote it. */
  private static String tokenName(String moshi) {
    switch (moshi) {
      case "BEGIN_OBJECT":
        return "an object";
      case "BEGIN_ARRAY":
        return "an array";
      case "STRING":
        return "a string";
      case "NUMBER":
        return "a number";
      case "BOOLEAN":
        return "true or false";
      case "NULL":
        return "null";
      default:
        return moshi;
    }
  }

  private static Parsed problem(Problem problem, String definedId) {
    return new Parsed(null, problem, definedId);
  }
}
