package io.github.craftmark.platform;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.internal.Checks;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A listing photo: either the image file itself (bytes and media type), which the adapter uploads
 * to the platform, or the id of an image the platform already hosts.
 *
 * <p>Marketplaces reject image URLs from elsewhere (Shopee and TikTok Shop take file uploads only),
 * so a listing carries the bytes. The bytes are copied in and out; the instance is immutable.
 */
public final class ListingImage {
  private static final Pattern MEDIA_TYPE = Pattern.compile("image/[a-z0-9][a-z0-9.+-]{0,60}");

  private final byte[] bytes;
  private final String mediaType;
  private final String hostedId;

  private ListingImage(byte[] bytes, String mediaType, String hostedId) {
    this.bytes = bytes;
    this.mediaType = mediaType;
    this.hostedId = hostedId;
  }

  /**
   * Returns an image file to upload.
   *
   * @param bytes the file's bytes, not empty (copied)
   * @param mediaType its media type, e.g. {@code "image/jpeg"}
   * @return the image
   * @throws InvalidValueException when the bytes are empty or the media type is not {@code
   *     image/…}
   */
  public static ListingImage ofBytes(byte[] bytes, String mediaType) {
    Checks.notNull("bytes", bytes);
    if (bytes.length == 0) {
      throw new InvalidValueException("bytes", "must not be empty", 0);
    }
    return new ListingImage(bytes.clone(), checkMediaType("mediaType", mediaType), null);
  }

  /**
   * Returns an image the platform already hosts, e.g. a Shopee {@code image_id} from an earlier
   * upload.
   *
   * @param platformImageId the platform's id or URI of the image
   * @return the image
   */
  public static ListingImage hosted(String platformImageId) {
    return new ListingImage(null, null, Checks.token("platformImageId", platformImageId, 2000));
  }

  static String checkMediaType(String field, String mediaType) {
    Checks.notNull(field, mediaType);
    String lower = mediaType.strip().toLowerCase(Locale.ROOT);
    if (!MEDIA_TYPE.matcher(lower).matches()) {
      throw new InvalidValueException(
          field, "must be an image media type like image/jpeg", mediaType);
    }
    return lower;
  }

  /**
   * Tells whether the platform already hosts this image.
   *
   * @return true for {@link #hosted(String)}, false for {@link #ofBytes(byte[], String)}
   */
  public boolean isHosted() {
    return hostedId != null;
  }

  /**
   * Returns the platform's id of a hosted image.
   *
   * @return the id, or empty for an image file
   */
  public Optional<String> hostedId() {
    return Optional.ofNullable(hostedId);
  }

  /**
   * Returns a copy of the file's bytes.
   *
   * @return the bytes, empty for a hosted image
   */
  public byte[] bytes() {
    return bytes == null ? new byte[0] : bytes.clone();
  }

  /**
   * Returns the file's size.
   *
   * @return the size in bytes, 0 for a hosted image
   */
  public int size() {
    return bytes == null ? 0 : bytes.length;
  }

  /**
   * Returns the file's media type, lower case.
   *
   * @return e.g. {@code "image/jpeg"}, or empty for a hosted image
   */
  public Optional<String> mediaType() {
    return Optional.ofNullable(mediaType);
  }

  /**
   * Returns a file name for a multipart upload: {@code "image-<n>.<ext>"} with the extension of
   * the media type ({@code jpg} for JPEG).
   *
   * @param index the image's position in the listing, from 0
   * @return the file name
   */
  public String fileName(int index) {
    String subtype = mediaType == null ? "bin" : mediaType.substring("image/".length());
    String extension = subtype.equals("jpeg") ? "jpg" : subtype.replaceAll("[^a-z0-9]", "");
    return "image-" + (index + 1) + "." + extension;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ListingImage other
        && Arrays.equals(bytes, other.bytes)
        && java.util.Objects.equals(mediaType, other.mediaType)
        && java.util.Objects.equals(hostedId, other.hostedId);
  }

  @Override
  public int hashCode() {
    return isHosted() ? hostedId.hashCode() : 31 * Arrays.hashCode(bytes) + mediaType.hashCode();
  }

  /** Returns the hosted id, or the media type and size of a file. */
  @Override
  public String toString() {
    return isHosted()
        ? "ListingImage[hosted " + hostedId + "]"
        : "ListingImage[" + mediaType + ", " + bytes.length + " bytes]";
  }
}
