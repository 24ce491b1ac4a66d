package io.timrest.migrate;

import com.squareup.moshi.Moshi;
import io.timrest.model.TimJsonAdapters;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A history file (the spec's {@code x-history-file}): JSON Lines, UTF-8, one record per line.
 * {@link #scan} reads it once from start to end; {@link #readAt} reads one record again by its
 * byte offset, for the workers that import a conversation's records on demand.
 *
 * <p>Lines end with {@code \n}; a {@code \r} before it is dropped, and so is a UTF-8 byte order
 * mark before the first line. Blank lines are skipped but counted. A line is at most
 * {@link #MAX_LINE_BYTES} long. {@link #readAt} is safe for use by several threads (it reads
 * with positional reads of one {@link FileChannel}); {@link #scan} is for one thread at a time.
 */
final class HistoryFile implements AutoCloseable {
  /**
   * The longest line read: far above the longest record (a 12 KB message body, even written
   * entirely in {@code \}{@code uXXXX} escapes, is under 100 KB), low enough that a file that is
   * not JSON Lines (one huge array, say) is refused without reading it into memory.
   */
  static final int MAX_LINE_BYTES = 1 << 20;

  private static final int SCAN_CHUNK = 1 << 18;
  private static final int READ_AT_CHUNK = 1 << 13;
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Receives what {@link #scan} reads, line by line. */
  interface Visitor {
    /**
     * A line that is a record.
     *
     * @param offset the byte offset of the line's first byte, for {@link #readAt}
     * @param length the line's length in bytes, without its line break
     */
    void record(HistoryRecord record, long offset, int length);

    /**
     * A line that is not a record, and why.
     *
     * @param offset the byte offset of the line's first byte
     * @param definedId for a group or account line: the {@code GroupId} or {@code UserID} it
     *     defines, if that much could be read
     */
    void problem(Problem problem, long offset, Optional<String> definedId);
  }

  /** A line that no longer reads as the record {@link #readAt} was asked for. */
  static final class NotARecordException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    NotARecordException(String message, Problem problem) {
      super(message);
      this.problem = problem;
    }

    /** Why the line is not a record, if it could be read at all. */
    Optional<Problem> problem() {
      return Optional.ofNullable(problem);
    }
  }

  private final Path path;
  private final FileChannel channel;
  private final RecordParser parser;

  private HistoryFile(Path path, FileChannel channel) {
    this.path = path;
    this.channel = channel;
    this.parser = new RecordParser(new Moshi.Builder().add(TimJsonAdapters.FACTORY).build());
  }

  /** Opens {@code path} for reading. */
  static HistoryFile open(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    return new HistoryFile(path, FileChannel.open(path, StandardOpenOption.READ));
  }

  /** The file's path. */
  Path path() {
    return path;
  }

  /** The file's size in bytes, now. */
  long size() throws IOException {
    return channel.size();
  }

  /**
   * Reads every line once, in order, handing each record or problem to {@code visitor}.
   *
   * @return the number of lines, blank ones included
   */
  long scan(Visitor visitor) throws IOException {
    Objects.requireNonNull(visitor, "visitor");
    byte[] buffer = new byte[SCAN_CHUNK];
    int begin = 0;           // first byte of the current line in buffer
    int limit = 0;           // end of the bytes read into buffer
    int searched = 0;        // bytes of the current line already searched for '\n'
    long filePosition = 0;   // file offset of buffer[limit]
    long line = 0;
    boolean skippingLongLine = false;
    boolean endOfFile = false;
    while (true) {
      int newline = -1;
      for (int i = begin + searched; i < limit; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      if (newline < 0 && !endOfFile) {
        searched = limit - begin;
        if (skippingLongLine) {
          begin = limit;
          searched = 0;
        }
        if (begin > 0) {
          System.arraycopy(buffer, begin, buffer, 0, limit - begin);
          limit -= begin;
          begin = 0;
        }
        if (limit == buffer.length) {
          if (buffer.length <= MAX_LINE_BYTES) {
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_LINE_BYTES + 1));
          } else {
            line++;
            long lineOffset = filePosition - limit;
            visitor.problem(new Problem(line, null, Optional.empty(), "",
                "the line is longer than " + MAX_LINE_BYTES + " bytes: a record is one line of JSON"), lineOffset, Optional.empty());
            skippingLongLine = true;
            begin = limit;
            searched = 0;
            continue;
          }
        }
        int read = channel.read(ByteBuffer.wrap(buffer, limit, buffer.length - limit), filePosition);
        if (read < 0) {
          endOfFile = true;
        } else {
          limit += read;
          filePosition += read;
        }
        continue;
      }
      int lineEnd = newline < 0 ? limit : newline;
      long lineOffset = filePosition - (limit - begin);
      if (skippingLongLine) {
        skippingLongLine = false;
      } else if (lineEnd > begin || newline >= 0) {
        line++;
        if (line > Integer.MAX_VALUE) {
          throw new IOException(path + " has more than " + Integer.MAX_VALUE + " lines");
        }
        int length = lineEnd - begin;
        visitLine(buffer, begin, lineEnd, lineOffset, line, length, visitor);
      }
      if (newline < 0) {
        return line;
      }
      begin = newline + 1;
      searched = 0;
    }
  }

  private void visitLine(byte[] buffer, int begin, int end, long offset, long line, int length, Visitor visitor) {
    int start = contentStart(buffer, begin, end, offset);
    int contentEnd = end > start && buffer[end - 1] == '\r' ? end - 1 : end;
    if (isBlank(buffer, start, contentEnd)) {
      return;
    }
    RecordParser.Parsed parsed = parser.parse(buffer, start, contentEnd, line);
    if (parsed.record().isPresent()) {
      visitor.record(parsed.record().get(), offset, length);
    } else {
      visitor.problem(parsed.problem().orElseThrow(), offset, parsed.definedId());
    }
  }

  /**
   * Reads the record at byte {@code offset} again: the line {@link #scan} read there as line
   * {@code line}.
   *
   * @throws NotARecordException if the line there is not a record (the file changed since it was scanned)
   */
  HistoryRecord readAt(long offset, long line) throws IOException {
    if (offset < 0 || line < 1) {
      throw new IllegalArgumentException("offset " + offset + ", line " + line);
    }
    byte[] buffer = new byte[READ_AT_CHUNK];
    int limit = 0;
    int newline = -1;
    while (newline < 0) {
      if (limit == buffer.length) {
        if (buffer.length > MAX_LINE_BYTES) {
          throw new NotARecordException(
              "line " + line + " at byte " + offset + " of " + path + " is longer than " + MAX_LINE_BYTES + " bytes", null);
        }
        buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_LINE_BYTES + 1));
      }
      int read = channel.read(ByteBuffer.wrap(buffer, limit, buffer.length - limit), offset + limit);
      if (read < 0) {
        if (limit == 0) {
          throw new EOFException("no line " + line + " at byte " + offset + " of " + path + ": the file ends before it");
        }
        newline = limit;
        break;
      }
      for (int i = limit; i < limit + read; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      limit += read;
    }
    int start = contentStart(buffer, 0, newline, offset);
    int end = newline > start && buffer[newline - 1] == '\r' ? newline - 1 : newline;
    if (isBlank(buffer, start, end)) {
      throw new NotARecordException("line " + line + " at byte " + offset + " of " + path + " is blank", null);
    }
    RecordParser.Parsed parsed = parser.parse(buffer, start, end, line);
    if (parsed.record().isEmpty()) {
      Problem problem = parsed.problem().orElseThrow();
      throw new NotARecordException("the line at byte " + offset + " of " + path
          + " is no longer a record (has the file changed since it was validated?): " + problem, problem);
    }
    return parsed.record().get();
  }

  /** Skips a byte order mark at the start of the file. */
  private static int contentStart(byte[] buffer, int begin, int end, long offset) {
    if (offset == 0 && end - begin >= BYTE_ORDER_MARK.length
        && buffer[begin] == BYTE_ORDER_MARK[0] && buffer[begin + 1] == BYTE_ORDER_MARK[1] && buffer[begin + 2] == BYTE_ORDER_MARK[2]) {
      return begin + BYTE_ORDER_MARK.length;
    }
    return begin;
  }

  private static boolean isBlank(byte[] buffer, int start, int end) {
    for (int i = start; i < end; i++) {
      byte c = buffer[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Closes the file. */
  @Override
  public void close() throws IOException {
    channel.close();
  }
}
