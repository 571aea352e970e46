/**
 * CraftMark core: the domain of Vietnamese craft villages selling online, with JSON through
 * Jackson.
 */
module io.github.craftmark.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;

  exports io.github.craftmark.core;
  exports io.github.craftmark.core.address;
  exports io.github.craftmark.core.brand;
  exports io.github.craftmark.core.compliance;
  exports io.github.craftmark.core.id;
  exports io.github.craftmark.core.json;
  exports io.github.craftmark.core.money;
  exports io.github.craftmark.core.ocop;
  exports io.github.craftmark.core.producer;
  exports io.github.craftmark.core.product;
  exports io.github.craftmark.core.text;
  exports io.github.craftmark.core.village;

  // Jackson reads and writes the records of these packages reflectively.
  opens io.github.craftmark.core.address to
      com.fasterxml.jackson.databind;
  opens io.github.craftmark.core.brand to
      com.fasterxml.jackson.databind;
  opens io.github.craftmark.core.compliance to
      com.fasterxml.jackson.databind;
  opens io.github.craftmark.core.id to
      com.fasterxml.jackson.databind;
  opens io.github.craftmark.core.ocop to
      com.fasterxml.jackson.databind;
  opens io.github.craftmark.core.producer to
      com.fasterxml.jackson.databind;
  opens io.github.craftmark.core.product to
      com.fasterxml.jackson.databind;
  opens io.github.craftmark.core.village to
      com.fasterxml.jackson.databind;
  opens io.github.craftmark.core.internal.json to
      com.fasterxml.jackson.databind;
}
