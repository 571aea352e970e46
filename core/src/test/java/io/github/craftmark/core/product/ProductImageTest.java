package io.github.craftmark.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductImageTest {

  @Test
  void of_keepsUriAndNfcAltText() {
    ProductImage image =
        ProductImage.of(" https://gom.example.vn/a.jpg ", "Bi\u0300nh go\u0302\u0301m");
    assertThat(image.uri()).isEqualTo(URI.create("https://gom.example.vn/a.jpg"));
    assertThat(image.altVi()).isEqualTo("Bình gốm");
    assertThat(image.altEn()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"anh/a.jpg", "ftp://x.vn/a.jpg", "javascript:alert(1)"})
  void of_whenNotAbsoluteHttpOrFile_isRejected(String uri) {
    assertThatThrownBy(() -> ProductImage.of(uri, "Ảnh"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("uri must be an absolute https, http or file URI");
  }

  @Test
  void of_whenUriMalformed_isRejected() {
    assertThatThrownBy(() -> ProductImage.of("https://a b", "Ảnh"))
        .hasMessage("uri must be a valid URI: \"https://a b\"");
  }

  @Test
  void new_whenAltBlank_isRejected() {
    assertThatThrownBy(
            () -> new ProductImage(URI.create("https://x.vn/a.jpg"), "  ", Optional.of("x")))
        .hasMessage("altVi must not be blank: \"  \"");
  }

  @Test
  void new_blankEnglishAltBecomesEmpty() {
    assertThat(new ProductImage(URI.create("file:///tmp/a.png"), "Ảnh", Optional.of(" ")).altEn())
        .isEmpty();
  }

  @Test
  void new_whenEnglishAltTextTooLong_isRejectedLikeTheVietnamese() {
    assertThatThrownBy(() ->
            new ProductImage(URI.create("https://x.vn/a.jpg"), "Ảnh", Optional.of("x".repeat(251))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("altEn must be at most 250 characters");
  }
}
