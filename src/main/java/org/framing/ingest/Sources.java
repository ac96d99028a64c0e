package org.framing.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** File access through Hadoop's FileSystem (file:, hdfs:, s3a: ... alike), strict decoding and hashing. */
public final class Sources {

  private Sources() {}

  /** The FileSystem path of a user's location; a plain path is a local file. */
  public static Path path(String location) {
    return new Path(location);
  }

  public static FileSystem fs(Path p, Configuration conf) {
    try {
      return p.getFileSystem(conf);
    } catch (IOException e) {
      throw new InputException(p + ": cannot reach this file system (" + e.getMessage() + ")", e);
    }
  }

  public static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  /**
   * Decodes {@code bytes} strictly: malformed input is an error naming {@code what} and the byte offset, and
   * telling the user about {@code --encoding}. A leading UTF-8 byte order mark is dropped.
   */
  public static String decode(byte[] bytes, Charset charset, String what) {
    int start = 0;
    if (charset.name().equals("UTF-8") && bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(what + ": bytes at offset " + buffer.position() + " are not valid " + charset.name()
          + "; convert the file to UTF-8 or pass --encoding with its real encoding (e.g. --encoding windows-1252)");
    }
  }

  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /** Hashes a whole file as stored (compressed files are hashed compressed). */
  public static InputFile describe(FileSystem fs, Path p) {
    MessageDigest md = digest();
    long total = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = fs.open(p)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
        total += n;
      }
    } catch (IOException e) {
      throw new InputException(p + ": cannot read (" + e.getMessage() + ")", e);
    }
    return new InputFile(p.toString(), total, HexFormat.of().formatHex(md.digest()));
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
