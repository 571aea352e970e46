package io.github.craftmark.platform.internal.lazada;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.craftmark.platform.internal.Json;
import java.util.Optional;

/** JSON for the Lazada adapter: the shared reader and writer, and Lazada's scalar fields. */
final class LazadaJson {
  private LazadaJson() {}

  /** Reads a JSON document; empty when the bytes are not one well-formed JSON value. */
  static Optional<JsonNode> read(byte[] bytes) {
    return Json.read(bytes);
  }

  /** Writes a tree as compact JSON; the trees built here always serialise. */
  static String write(JsonNode node) {
    return Json.text(node);
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
