package io.timrest.migrate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * What the server has confirmed so far, kept in a file so that a migration resumes where it
 * stopped. The file is an append-only log of lines {@code <crc32> <key> <count>}: "the first
 * {@code count} records of {@code key} are done" (imported, already present, or reported as
 * failed). Counts only grow, so the last entry of a key wins.
 *
 * <p>A write is one {@code write} of whole lines: after {@code kill -9} the lines are in the
 * operating system's cache and survive; after a power loss the last line may be torn or missing.
 * A torn line (no line feed, or a checksum that does not match) is detected on open, ignored and
 * cut off, so the log stays appendable; losing it only means the records it covered are sent
 * again, which the engine reconciles with the server instead of duplicating. The log is forced to
 * the disk every {@link #FORCE_INTERVAL_NANOS}, not on every line, for the same reason.
 *
 * <p>The first line names the input file (its size and a hash of its first and last 64 KiB), so a
 * checkpoint is not applied to another file. Thread-safe.
 */
final class Checkpoint implements AutoCloseable {
  static final String HEADER_KEY = "timrest-checkpoint-v1";
  private static final long FORCE_INTERVAL_NANOS = 200_000_000L;

  private final Path path;
  private final FileChannel channel;
  private final Map<String, Long> counts;
  private final int tornLinesDropped;
  private long lastForce = System.nanoTime();

  private Checkpoint(Path path, FileChannel channel, Map<String, Long> counts, int tornLinesDropped) {
    this.path = path;
    this.channel = channel;
    this.counts = counts;
    this.tornLinesDropped = tornLinesDropped;
  }

  /** A checkpoint that keeps its counts in memory only: a run without one cannot be resumed. */
  static Checkpoint none() {
    return new Checkpoint(null, null, new HashMap<>(), 0);
  }

  /**
   * Opens the checkpoint at {@code path} for the input identified by {@code inputIdentity},
   * creating it when absent, and locks it until {@link #close()}. Throws
   * {@link IllegalStateException} when the file is a checkpoint of another input, is not a
   * checkpoint at all, or is locked by another run.
   */
  static Checkpoint open(Path path, String inputIdentity) throws IOException {
    Objects.requireNonNull(inputIdentity, "inputIdentity");
    FileChannel channel = FileChannel.open(path,
        StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      lockFor(path, channel);
      Map<String, Long> counts = new HashMap<>();
      byte[] content = readAll(channel);
      int validEnd = 0;
      int torn = 0;
      int start = 0;
      String header = null;
      while (start < content.length) {
        int end = indexOf(content, (byte) '\n', start);
        if (end < 0) {
          torn++; // the last write did not complete
          break;
        }
        String line = new String(content, start, end - start, StandardCharsets.UTF_8);
        Optional<Entry> parsed = Entry.parse(line);
        if (parsed.isEmpty()) {
          if (end + 1 < content.length) {
            throw new IllegalStateException(path + " line " + (countLines(content, start) + 1)
                + " is damaged in the middle of the checkpoint; it is not a torn last write, so it is not ignored");
          }
          torn++;
          break;
        }
        Entry entry = parsed.get();
        if (header == null) {
          if (!entry.key.equals(HEADER_KEY)) {
            throw new IllegalStateException(path + " is not a timrest checkpoint");
          }
          header = entry.value;
          if (!header.equals(inputIdentity)) {
            throw new IllegalStateException(path + " is the checkpoint of another input file (" + header
                + "), not of this one (" + inputIdentity + "); remove it or name another --checkpoint");
          }
        } else {
          counts.merge(entry.key, Long.parseLong(entry.value), Math::max);
        }
        validEnd = end + 1;
        start = end + 1;
      }
      channel.truncate(validEnd);
      channel.position(validEnd);
      Checkpoint checkpoint = new Checkpoint(path, channel, counts, torn);
      if (header == null) {
        checkpoint.append(HEADER_KEY, inputIdentity);
        channel.force(false);
      }
      return checkpoint;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Locks the checkpoint for this run (released when its channel closes, a killed process's
   * included): two runs appending to one checkpoint would each believe the other's records are
   * theirs to resume.
   */
  private static void lockFor(Path path, FileChannel channel) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held in this JVM
    }
    if (lock == null) {
      throw new IllegalStateException(path + " is in use by another migration run; wait for it to end, or name another --checkpoint");
    }
  }

  /** How many records of {@code key} are done; 0 when the checkpoint has none. */
  synchronized long count(String key) {
    return counts.getOrDefault(key, 0L);
  }

  /** Whether the checkpoint holds anything beyond its header (a resumed run). */
  synchronized boolean isResumed() {
    return !counts.isEmpty();
  }

  /** How many torn last lines were cut off when the checkpoint was opened (0 or 1). */
  int tornLinesDropped() {
    return tornLinesDropped;
  }

  /** Records that the first {@code count} records of {@code key} are done; a smaller count than known is ignored. */
  synchronized void done(String key, long count) throws IOException {
    done(Map.of(key, count));
  }

  /**
   * Records several counts in one write, in the map's order: after {@code kill -9} all of them
   * are in the file or none (a power loss may tear the last lines off, the first ones stay). A
   * count not larger than the known one is left out.
   */
  synchronized void done(Map<String, Long> entries) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (Map.Entry<String, Long> entry : entries.entrySet()) {
      if (entry.getValue() > counts.getOrDefault(entry.getKey(), 0L)) {
        counts.put(entry.getKey(), entry.getValue());
        lines.append(Entry.format(entry.getKey(), Long.toString(entry.getValue())));
      }
    }
    if (channel == null || lines.length() == 0) {
      return;
    }
    write(lines.toString());
    long now = System.nanoTime();
    if (now - lastForce >= FORCE_INTERVAL_NANOS) {
      channel.force(false);
      lastForce = now;
    }
  }

  /** The sum of the counts of every key that starts with {@code prefix}. */
  synchronized long sum(String prefix) {
    long sum = 0;
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      if (entry.getKey().startsWith(prefix)) {
        sum += entry.getValue();
      }
    }
    return sum;
  }

  private void append(String key, String value) throws IOException {
    write(Entry.format(key, value));
  }

  private void write(String lines) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(lines.getBytes(StandardCharsets.UTF_8));
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  /** The file, or "memory" for {@link #none()}. */
  String path() {
    return path == null ? "memory" : path.toString();
  }

  @Override
  public synchronized void close() throws IOException {
    if (channel != null && channel.isOpen()) {
      channel.force(false);
      channel.close();
    }
  }

  /** One line: the CRC-32 of "key value" in hex, a space, the key, a space, the value. */
  record Entry(String key, String value) {
    static String format(String key, String value) {
      if (key.indexOf(' ') >= 0 || key.indexOf('\n') >= 0 || value.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("a checkpoint key has no space or line feed: " + key);
      }
      String payload = key + " " + value;
      return String.format("%08x", crc(payload)) + " " + payload + "\n";
    }

    /** The entry of a complete line; empty when the line is damaged (wrong checksum or shape). */
    static Optional<Entry> parse(String line) {
      if (line.length() < 10 || line.charAt(8) != ' ') {
        return Optional.empty();
      }
      String payload = line.substring(9);
      long crc;
      try {
        crc = Long.parseLong(line.substring(0, 8), 16);
      } catch (NumberFormatException e) {
        return Optional.empty(); // not hex: damaged, like a wrong checksum
      }
      int space = payload.indexOf(' ');
      if (crc != crc(payload) || space <= 0) {
        return Optional.empty();
      }
      String key = payload.substring(0, space);
      String value = payload.substring(space + 1);
      if (!key.equals(HEADER_KEY) && !isCount(value)) {
        return Optional.empty();
      }
      return Optional.of(new Entry(key, value));
    }

    private static boolean isCount(String value) {
      if (value.isEmpty() || value.length() > 18) {
        return false;
      }
      for (int i = 0; i < value.length(); i++) {
        if (value.charAt(i) < '0' || value.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    private static long crc(String payload) {
      CRC32 crc = new CRC32();
      crc.update(payload.getBytes(StandardCharsets.UTF_8));
      return crc.getValue();
    }
  }

  private static byte[] readAll(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size > Integer.MAX_VALUE - 16) {
      throw new IOException("checkpoint too large: " + size + " bytes");
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
      // positional reads until full
    }
    return buffer.array();
  }

  private static int indexOf(byte[] content, byte b, int from) {
    for (int i = from; i < content.length; i++) {
      if (content[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int countLines(byte[] content, int end) {
    int lines = 0;
    for (int i = 0; i < end; i++) {
      if (content[i] == '\n') {
        lines++;
      }
    }
    return lines;
  }

  /** The identity of an input file: its size and a hash of its first and last 64 KiB. */
  static String identityOf(Path input) throws IOException {
    long size = Files.size(input);
    CRC32 crc = new CRC32();
    try (FileChannel channel = FileChannel.open(input, StandardOpenOption.READ)) {
      int window = 64 * 1024;
      ByteBuffer head = ByteBuffer.allocate((int) Math.min(window, size));
      channel.read(head, 0);
      crc.update(head.flip());
      if (size > window) {
        ByteBuffer tail = ByteBuffer.allocate((int) Math.min(window, size - window));
        channel.read(tail, size - tail.capacity());
        crc.update(tail.flip());
      }
    }
    return "size=" + size + ",crc=" + String.format("%08x", crc.getValue());
  }
}
