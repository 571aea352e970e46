package io.github.craftmark.platform.internal.lazada;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.Optional;

/** The one JSON mapper of the Lazada adapter: trees only, so unknown fields never break a read. */
final class LazadaJson {
  static final ObjectMapper MAPPER = newMapper();

  private LazadaJson() {}

  private static ObjectMapper newMapper() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
    // Responses and pushes come from the network: bound what one document may cost to read.
    mapper
        .getFactory()
        .setStreamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxStringLength(5_000_000)
            .maxNumberLength(64)
            .build());
    return mapper;
  }

  /** Reads a JSON document; empty when the bytes are not one well-formed JSON value. */
  static Optional<JsonNode> read(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return Optional.empty();
    }
    try {
      JsonNode node = MAPPER.readTree(bytes);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes a tree as compact JSON; the trees built here always serialise. */
  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a JSON tree", e);
    }
  }

  /** Text of a scalar field, empty when absent, null or not a scalar. */
  static Optional<String> text(JsonNode parent, String field) {
    JsonNode node = parent == null ? MissingNode.getInstance() : parent.path(field);
    if (node.isValueNode() && !node.isNull()) {
      return Optional.of(node.asText());
    }
    return Optional.empty();
  }
}
