package org.jixiao.domain.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jixiao.domain.BusinessException;

/**
 * Evidence files (of indicators, of procurements) on disk, outside the web root, under generated names. Only a few document and image types
 * are accepted, each checked by extension and by its first bytes, and at most {@link #MAX_BYTES}.
 */
public final class EvidenceStore {

  public static final long MAX_BYTES = 10L * 1024 * 1024;

  /** extension → content type; the magic bytes each must start with. */
  private static final Map<String, String> TYPES = Map.of(
      "pdf", "application/pdf",
      "png", "image/png",
      "jpg", "image/jpeg",
      "jpeg", "image/jpeg",
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final Map<String, byte[]> MAGIC = Map.of(
      "pdf", new byte[] {'%', 'P', 'D', 'F'},
      "png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
      "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
      "jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
      "docx", new byte[] {'P', 'K', 3, 4},
      "xlsx", new byte[] {'P', 'K', 3, 4});

  private final Path directory;

  public EvidenceStore(String directory) {
    this.directory = Path.of(directory);
  }

  /** The content type of an acceptable file; refused for other types, disguised files, empty or too large. */
  public static String checkedType(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new BusinessException("indicator.evidence.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new BusinessException("indicator.evidence.tooLarge", MAX_BYTES / 1024 / 1024);
    }
    String name = fileName == null ? "" : fileName;
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String type = TYPES.get(extension);
    byte[] magic = MAGIC.get(extension);
    if (type == null || content.length < magic.length
        || !Arrays.equals(Arrays.copyOf(content, magic.length), magic)) {
      throw new BusinessException("indicator.evidence.type");
    }
    return type;
  }

  public String store(byte[] content) {
    String name = UUID.randomUUID() + ".bin";
    try {
      Files.createDirectories(directory);
      Files.write(directory.resolve(name), content);
      return name;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store evidence in " + directory, e);
    }
  }

  public byte[] read(String storedAs) {
    Path file = directory.resolve(storedAs).normalize();
    if (!file.startsWith(directory.normalize())) {
      throw new BusinessException("indicator.evidence.missing");
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BusinessException("indicator.evidence.missing");
    }
  }

  public void delete(String storedAs) {
    try {
      Files.deleteIfExists(directory.resolve(storedAs));
    } catch (IOException e) {
      // the row is gone; an orphan file is harmless and found by its generated name
    }
  }
}
