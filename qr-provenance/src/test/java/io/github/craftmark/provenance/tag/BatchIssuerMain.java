package io.github.craftmark.provenance.tag;

import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Issues a batch into two files; run in a child JVM with a small heap to show that a batch streams.
 * Arguments: the output directory and the number of tags.
 */
final class BatchIssuerMain {
  private BatchIssuerMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    SecureRandom random = new SecureRandom();
    TagIssuer issuer = TagIssuer.builder()
        .signer(TagKeyPair.generate(SignatureAlgorithm.ED25519, random))
        .prefix(ProvenanceFixtures.PREFIX)
        .build();
    TagBatchIssuer batch =
        TagBatchIssuer.builder().issuer(issuer).random(random).build();
    try (Writer lines =
            Files.newBufferedWriter(dir.resolve("tags.txt"), StandardCharsets.US_ASCII);
        Writer csv = Files.newBufferedWriter(dir.resolve("manifest.csv"), StandardCharsets.UTF_8)) {
      TagBatchIssuer.BatchSummary summary =
          batch.issue(ProvenanceFixtures.vase(), count, lines, csv);
      System.out.println("issued " + summary.count());
    }
    Runtime rt = Runtime.getRuntime();
    System.out.println("max heap " + rt.maxMemory());
  }
}
