package io.github.craftmark.platform.http;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One part of a {@code multipart/form-data} body (RFC 7578): a form field or a file.
 *
 * <p>Image uploads go this way (TikTok Shop and Shopee take files only). The content is copied in
 * and out. Names and file names must not contain quotes or line breaks, so they are written as
 * given without escaping.
 *
 * @param name the form field's name, e.g. {@code "image"}
 * @param fileName the file name sent, for a file part
 * @param contentType the part's media type, for a file part
 * @param content the part's bytes
 */
public record MultipartPart(
    String name, Optional<String> fileName, Optional<String> contentType, byte[] content) {
  /**
   * Validates the part and copies the content.
   *
   * @param name the form field's name, e.g. {@code "image"}
   * @param fileName the file name sent, for a file part
   * @param contentType the part's media type, for a file part
   * @param content the part's bytes
   */
  public MultipartPart {
    checkWord("name", name);
    fileName = Checks.optional(fileName);
    fileName.ifPresent(f -> checkWord("fileName", f));
    contentType = Checks.optional(contentType);
    contentType.ifPresent(t -> checkWord("contentType", t));
    content = Checks.notNull("content", content).clone();
  }

  /**
   * Returns a text field, encoded as UTF-8.
   *
   * @param name the field's name
   * @param value its value
   * @return the part
   */
  public static MultipartPart field(String name, String value) {
    return new MultipartPart(
        name,
        Optional.empty(),
        Optional.empty(),
        Checks.notNull("value", value).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns a file.
   *
   * @param name the field's name, e.g. {@code "data"}
   * @param fileName the file name sent, e.g. {@code "image-1.jpg"}
   * @param contentType its media type, e.g. {@code "image/jpeg"}
   * @param content the file's bytes
   * @return the part
   */
  public static MultipartPart file(
      String name, String fileName, String contentType, byte[] content) {
    return new MultipartPart(name, Optional.of(fileName), Optional.of(contentType), content);
  }

  private static void checkWord(String field, String value) {
    Checks.notNull(field, value);
    if (value.isEmpty() || value.length() > 200) {
      throw new InvalidValueException(field, "must be 1..200 characters", value);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\' || Character.isISOControl(c)) {
        throw new InvalidValueException(
            field, "must not contain quotes, backslashes or control characters", value);
      }
    }
  }

  /**
   * Returns a copy of the part's bytes.
   *
   * @return the bytes
   */
  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MultipartPart other
        && name.equals(other.name)
        && fileName.equals(other.fileName)
        && contentType.equals(other.contentType)
        && Arrays.equals(content, other.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, fileName, contentType) * 31 + Arrays.hashCode(content);
  }

  /** Returns the name, file name, type and size, not the bytes. */
  @Override
  public String toString() {
    return "MultipartPart[" + name + fileName.map(f -> ", " + f).orElse("")
        + contentType.map(t -> ", " + t).orElse("") + ", " + content.length + " bytes]";
  }
}
