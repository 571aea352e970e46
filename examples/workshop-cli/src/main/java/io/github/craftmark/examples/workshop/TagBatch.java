package io.github.craftmark.examples.workshop;

import io.github.craftmark.provenance.tag.ClaimCommitment;
import io.github.craftmark.provenance.tag.IssuedTag;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.TagIssuer;
import io.github.craftmark.provenance.tag.TagSerial;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Issues the tags of one production batch into a folder, whole or not at all.
 *
 * <pre>
 * tags.csv          serial,sku,batch,date_made,text       one signed tag per item
 * claim-codes.csv   serial,claim_code                      secret: print it, then keep it offline
 * </pre>
 *
 * <p>The folder is built beside its final name and renamed into place at the end, so a failure
 * leaves no half-issued batch behind.
 */
public final class TagBatch {
  /** The tags file's name in a batch folder. */
  public static final String TAGS_FILE = "tags.csv";
  /** The claim codes file's name in a batch folder. */
  public static final String CLAIM_CODES_FILE = "claim-codes.csv";
  /** The most tags one batch holds. */
  public static final int MAX_COUNT = 100_000;

  private TagBatch() {}

  /**
   * One issued item: its tag and, when the batch has claim codes, the code.
   *
   * @param tag the signed tag
   * @param claimCode the secret code, or null
   */
  public record Item(IssuedTag tag, String claimCode) {
    @Override
    public String toString() {
      return "Item[" + tag.claims().serial() + "]"; // never the claim code
    }
  }

  /**
   * Issues {@code count} tags sharing the prototype's claims, each with a fresh serial and,
   * optionally, a fresh claim code whose commitment the tag carries.
   *
   * @param issuer the member's issuer
   * @param prototype the shared claims (its serial is replaced)
   * @param count 1..{@value #MAX_COUNT}
   * @param withClaimCodes whether each item gets a claim code
   * @param random serials and codes
   * @param progress told the number of items issued so far
   * @return the items, in order
   */
  public static List<Item> issue(
      TagIssuer issuer,
      TagClaims prototype,
      int count,
      boolean withClaimCodes,
      SecureRandom random,
      IntConsumer progress) {
    if (count < 1 || count > MAX_COUNT) {
      throw new WorkshopException("count must be 1.." + MAX_COUNT + ": " + count);
    }
    List<Item> items = new ArrayList<>(count);
    Set<TagSerial> serials = new HashSet<>();
    for (int i = 0; i < count; i++) {
      TagSerial serial = TagSerial.random(random);
      while (!serials.add(serial)) {
        serial = TagSerial.random(random);
      }
      TagClaims.Builder claims = prototype.toBuilder().serial(serial);
      String code = null;
      if (withClaimCodes) {
        code = ClaimCodes.next(random);
        claims.claimCommitment(ClaimCommitment.compute(serial, code));
      }
      items.add(new Item(issuer.issue(claims.build()), code));
      progress.accept(i + 1);
    }
    return items;
  }

  /**
   * Writes a batch folder.
   *
   * @param folder the folder to create; must not exist
   * @param items the issued items
   */
  public static void write(Path folder, List<Item> items) {
    if (Files.exists(folder)) {
      throw new WorkshopException(folder + " already exists: choose a new folder for the batch");
    }
    Path parent = folder.toAbsolutePath().getParent();
    Path building = parent.resolve("." + folder.getFileName() + ".part");
    try {
      Files.createDirectories(parent);
      deleteTree(building);
      Files.createDirectories(building);
      try (BufferedWriter tags =
          Files.newBufferedWriter(building.resolve(TAGS_FILE), StandardCharsets.UTF_8)) {
        tags.write("serial,sku,batch,date_made,text\r\n");
        for (Item item : items) {
          TagClaims c = item.tag().claims();
          tags.write(String.join(
              ",",
              c.serial().toString(),
              csv(c.product().text()),
              csv(c.batch()),
              c.dateMade().toString(),
              item.tag().text()));
          tags.write("\r\n");
        }
      }
      if (items.stream().anyMatch(i -> i.claimCode() != null)) {
        try (BufferedWriter codes =
            Files.newBufferedWriter(building.resolve(CLAIM_CODES_FILE), StandardCharsets.UTF_8)) {
          codes.write("serial,claim_code\r\n");
          for (Item item : items) {
            codes.write(item.tag().claims().serial() + "," + item.claimCode() + "\r\n");
          }
        }
      }
      AtomicFiles.move(building, folder);
    } catch (IOException e) {
      deleteTree(building);
      throw new UncheckedIOException("cannot write the batch to " + folder, e);
    }
  }

  /**
   * Reads the tag texts of a batch folder's {@value #TAGS_FILE} (or of a plain text file with one
   * tag per line).
   *
   * @param file the file
   * @return the tag texts, in order
   */
  public static List<String> readTagTexts(Path file) {
    try {
      List<String> texts = new ArrayList<>();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || (i == 0 && line.startsWith("serial,"))) {
          continue;
        }
        int comma = line.lastIndexOf(',');
        texts.add(comma < 0 ? line : line.substring(comma + 1));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String csv(String field) {
    if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
      return '"' + field.replace("\"", "\"\"") + '"';
    }
    return field;
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean up " + root, e);
    }
  }
}
