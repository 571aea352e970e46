package io.github.craftmark.platform.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;

/**
 * The JSON reader and writer of every adapter: trees only, so an unknown field never breaks a
 * read, and reads bounded, since responses and pushes come from the network.
 */
public final class Json {
  private static final ObjectMapper MAPPER = newMapper();

  private Json() {}

  private static ObjectMapper newMapper() {
    ObjectMapper mapper = new ObjectMapper();
    // One document per body: a well-formed value followed by more bytes is not one.
    mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
    mapper
        .getFactory()
        .setStreamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxStringLength(5_000_000)
            .maxNumberLength(64)
            .build());
    return mapper;
  }

  /**
   * Reads a JSON document. Never throws.
   *
   * @param bytes the body, or null
   * @return the document, or empty when the bytes are not one well-formed JSON value
   */
  public static Optional<JsonNode> read(byte[] bytes) {
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

  /**
   * Reads a JSON object. Never throws.
   *
   * @param bytes the body, or null
   * @return the object, or empty when the bytes are not one well-formed JSON object
   */
  public static Optional<JsonNode> readObject(byte[] bytes) {
    return read(bytes).filter(JsonNode::isObject);
  }

  /**
   * Returns a new, empty object to build a payload in.
   *
   * @return the object
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Writes a tree as compact UTF-8 JSON: the exact bytes a request sends and signs.
   *
   * @param node the tree
   * @return the bytes
   */
  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      // Trees built in memory always serialise.
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /**
   * Writes a tree as compact JSON text.
   *
   * @param node the tree
   * @return the text
   */
  public static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }
}
