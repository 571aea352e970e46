package io.github.craftmark.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

  @Test
  void message_namesFieldExpectationAndValue() {
    InvalidValueException e = new InvalidValueException("stars", "must be 3..5", 7);
    assertThat(e).hasMessage("stars must be 3..5: 7");
    assertThat(e.field()).isEqualTo("stars");
    assertThat(new InvalidValueException("nameVi", "must not be blank", " "))
        .hasMessage("nameVi must not be blank: \" \"");
  }

  @Test
  void message_whenValueHuge_showsOnlyItsStart() {
    InvalidValueException e =
        new InvalidValueException("descriptionVi", "is too long", "a".repeat(1_000_000));
    assertThat(e.getMessage())
        .hasSize("descriptionVi is too long: ".length() + 200 + 1)
        .endsWith("a…");
  }

  @Test
  void message_whenCutAtAnEmoji_doesNotSplitItsSurrogatePair() {
    String value = "x".repeat(198) + "🏺🏺";
    String message = new InvalidValueException("altVi", "is bad", value).getMessage();
    assertThat(message).endsWith("x🏺…");
    assertThat(message.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF)).isEmpty();
  }

  @Test
  void message_escapesLineBreaksSoInputCannotForgeLogLines() {
    InvalidValueException e =
        new InvalidValueException("sku", "must be valid", "A\nERROR forged entry\r\t");
    assertThat(e).hasMessage("sku must be valid: \"A\\u000aERROR forged entry\\u000d\\u0009\"");
  }

  @Test
  void withoutValue_leavesTheValueOut() {
    assertThat(InvalidValueException.withoutValue("apiKey", "must be 32 bytes"))
        .hasMessage("apiKey must be 32 bytes")
        .extracting(InvalidValueException::field)
        .isEqualTo("apiKey");
  }

  @Test
  void parseException_showsAShortenedEscapedText() {
    CraftMarkParseException e =
        new CraftMarkParseException("price must be digits", "1.2\n" + "9".repeat(500), 1);
    assertThat(e.getMessage())
        .startsWith("price must be digits at index 1 in \"1.2\\u000a999")
        .endsWith("9…\"");
    assertThat(e.parsedText()).hasSize(504);
  }
}
