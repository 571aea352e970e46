package io.github.craftmark.provenance.tag;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.tag.FingerprintSet;
import java.io.IOException;
import java.io.Writer;
import java.security.SecureRandom;

/**
 * Issues a run of tags for many items of one product and batch, streaming: one tag text per line
 * to one {@link Writer}, one CSV manifest row per tag to another.
 *
 * <pre>{@code
 * TagBatchIssuer batch = TagBatchIssuer.builder().issuer(issuer).random(new SecureRandom()).build();
 * try (Writer lines = Files.newBufferedWriter(tagsFile); Writer csv = Files.newBufferedWriter(csvFile)) {
 *   batch.issue(prototypeClaims, 100_000, lines, csv);
 * }
 * }</pre>
 *
 * <p>Every item gets a fresh random serial; the other claims come from the prototype (its own
 * serial is not used). Serials are unique within a run: the issuer keeps an 8-byte fingerprint of
 * each (at most 16 bytes of memory per tag, never the tags) and draws again on a repeat. Memory
 * therefore stays flat: 100,000 tags run in a 64 MB heap. A run has at most {@value #MAX_COUNT}
 * tags.
 *
 * <p>Tag lines end with {@code \n}. The manifest is RFC 4180 CSV with {@code \r\n} line ends and a
 * header line: {@code serial,sku,gtin,batch,date_made,brand_code,ocop_stars,ocop_certificate,
 * category,text}. The writers are flushed, not closed. Instances are immutable; one run uses the
 * random source from one thread.
 */
public final class TagBatchIssuer {
  /** The most tags in one run. */
  public static final int MAX_COUNT = 1_000_000;

  /** The manifest's header line, without its line end. */
  public static final String MANIFEST_HEADER =
      "serial,sku,gtin,batch,date_made,brand_code,ocop_stars,ocop_certificate,category,text";

  private final TagIssuer issuer;
  private final SecureRandom random;
  private final int serialLength;

  private TagBatchIssuer(Builder b) {
    if (b.issuer == null) {
      throw new InvalidValueException("issuer", "must not be null", null);
    }
    if (b.random == null) {
      throw new InvalidValueException("random", "must not be null", null);
    }
    if (b.serialLength < TagSerial.MIN_LENGTH || b.serialLength > TagSerial.MAX_LENGTH) {
      throw new InvalidValueException(
          "serialLength",
          "must be " + TagSerial.MIN_LENGTH + ".." + TagSerial.MAX_LENGTH,
          b.serialLength);
    }
    this.issuer = b.issuer;
    this.random = b.random;
    this.serialLength = b.serialLength;
  }

  /**
   * Starts a batch issuer.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder().issuer(issuer).random(random).serialLength(serialLength);
  }

  /**
   * Issues {@code count} tags that share the prototype's claims, each with a new random serial.
   *
   * @param prototype the claims every item shares; its serial is replaced, and it must have no
   *     claim-code commitment (each item needs its own code)
   * @param count 1..{@value #MAX_COUNT}
   * @param tagLines where to write one tag text per line
   * @param manifest where to write the CSV manifest
   * @return how many tags were written and how many serials had to be drawn again
   * @throws InvalidValueException when an argument is null, the count is out of range or the
   *     prototype has a claim-code commitment
   * @throws IOException when a writer fails; what was written before stays written
   */
  public BatchSummary issue(TagClaims prototype, int count, Writer tagLines, Writer manifest)
      throws IOException {
    if (prototype == null) {
      throw new InvalidValueException("prototype", "must not be null", null);
    }
    if (prototype.claimCommitment().isPresent()) {
      throw new InvalidValueException(
          "prototype.claimCommitment",
          "must be absent: each item needs its own claim code",
          prototype.claimCommitment().get());
    }
    if (count < 1 || count > MAX_COUNT) {
      throw new InvalidValueException("count", "must be 1.." + MAX_COUNT, count);
    }
    if (tagLines == null) {
      throw new InvalidValueException("tagLines", "must not be null", null);
    }
    if (manifest == null) {
      throw new InvalidValueException("manifest", "must not be null", null);
    }
    String shared = sharedColumns(prototype);
    FingerprintSet seen = new FingerprintSet(count);
    int redrawn = 0;
    manifest.write(MANIFEST_HEADER);
    manifest.write("\r\n");
    StringBuilder row = new StringBuilder(512);
    for (int i = 0; i < count; i++) {
      TagSerial serial = TagSerial.random(random, serialLength);
      while (!seen.add(fingerprint(serial))) {
        redrawn++;
        serial = TagSerial.random(random, serialLength);
      }
      IssuedTag tag = issuer.issue(prototype.withSerial(serial));
      tagLines.write(tag.text());
      tagLines.write('\n');
      row.setLength(0);
      row.append(serial)
          .append(',')
          .append(shared)
          .append(',')
          .append(tag.text())
          .append("\r\n");
      manifest.append(row);
    }
    tagLines.flush();
    manifest.flush();
    return new BatchSummary(count, redrawn);
  }

  private static long fingerprint(TagSerial serial) {
    byte[] bytes = serial.toBytes();
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (bytes[i] & 0xFF);
    }
    return value;
  }

  /** The manifest columns after the serial and before the text: the same for every row. */
  private static String sharedColumns(TagClaims claims) {
    String sku = "";
    String gtin = "";
    if (claims.product() instanceof ProductReference.BySku bySku) {
      sku = bySku.sku().value();
    } else {
      gtin = claims.product().text();
    }
    return String.join(
        ",",
        csv(sku),
        gtin,
        csv(claims.batch()),
        claims.dateMade().toString(),
        Integer.toString(claims.brandCode()),
        claims.ocopStars().map(s -> Integer.toString(s.value())).orElse(""),
        csv(claims.ocopCertificate().orElse("")),
        claims.category().map(c -> c.code()).orElse(""));
  }

  /** Quotes a field as RFC 4180 asks when it holds a comma, a quote or a line break. */
  static String csv(String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return '"' + field.replace("\"", "\"\"") + '"';
      }
    }
    return field;
  }

  /**
   * What a run produced.
   *
   * @param count the number of tags written
   * @param serialsRedrawn how many random serials repeated one of the run and were drawn again
   */
  public record BatchSummary(int count, int serialsRedrawn) {
    /**
     * Validates the summary.
     *
     * @param count the number of tags written
     * @param serialsRedrawn how many serials were drawn again
     */
    public BatchSummary {
      if (count < 0) {
        throw new InvalidValueException("count", "must not be negative", count);
      }
      if (serialsRedrawn < 0) {
        throw new InvalidValueException("serialsRedrawn", "must not be negative", serialsRedrawn);
      }
    }
  }

  /** Builds a {@link TagBatchIssuer}; {@link #build()} fails naming a missing or bad setting. */
  public static final class Builder {
    private TagIssuer issuer;
    private SecureRandom random;
    private int serialLength = TagSerial.DEFAULT_LENGTH;

    private Builder() {}

    /**
     * Sets the issuer that signs every tag (required).
     *
     * @param issuer the issuer
     * @return this builder
     */
    public Builder issuer(TagIssuer issuer) {
      this.issuer = issuer;
      return this;
    }

    /**
     * Sets where serials come from (required).
     *
     * @param random the source of randomness
     * @return this builder
     */
    public Builder random(SecureRandom random) {
      this.random = random;
      return this;
    }

    /**
     * Sets the length of the serials.
     *
     * @param serialLength 8..16 bytes; 10 by default
     * @return this builder
     */
    public Builder serialLength(int serialLength) {
      this.serialLength = serialLength;
      return this;
    }

    /**
     * Builds the batch issuer.
     *
     * @return the batch issuer
     * @throws InvalidValueException naming the missing or bad setting
     */
    public TagBatchIssuer build() {
      return new TagBatchIssuer(this);
    }
  }
}
