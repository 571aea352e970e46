package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.testing.Samples;
import org.junit.jupiter.api.Test;

class ListingImageTest {
  @Test
  void ofBytes_copiesInAndOutAndLowerCasesTheType() {
    byte[] bytes = Samples.JPEG.clone();
    ListingImage image = ListingImage.ofBytes(bytes, "IMAGE/JPEG");

    bytes[0] = 0;
    image.bytes()[1] = 0;

    assertThat(image.bytes()).isEqualTo(Samples.JPEG);
    assertThat(image.size()).isEqualTo(Samples.JPEG.length);
    assertThat(image.mediaType()).contains("image/jpeg");
    assertThat(image.isHosted()).isFalse();
    assertThat(image.hostedId()).isEmpty();
    assertThat(image).isEqualTo(ListingImage.ofBytes(Samples.JPEG, "image/jpeg"));
    assertThat(image).hasToString("ListingImage[image/jpeg, 34 bytes]");
  }

  @Test
  void hosted_hasNoBytes() {
    ListingImage image = ListingImage.hosted("sg-11134201-7rbk0-m0abc");

    assertThat(image.isHosted()).isTrue();
    assertThat(image.hostedId()).contains("sg-11134201-7rbk0-m0abc");
    assertThat(image.bytes()).isEmpty();
    assertThat(image.mediaType()).isEmpty();
    assertThat(image).hasToString("ListingImage[hosted sg-11134201-7rbk0-m0abc]");
  }

  @Test
  void fileName_usesTheTypesExtension() {
    assertThat(ListingImage.ofBytes(Samples.JPEG, "image/jpeg").fileName(0))
        .isEqualTo("image-1.jpg");
    assertThat(ListingImage.ofBytes(Samples.JPEG, "image/png").fileName(2))
        .isEqualTo("image-3.png");
    assertThat(ListingImage.ofBytes(Samples.JPEG, "image/svg+xml").fileName(0))
        .isEqualTo("image-1.svgxml");
  }

  @Test
  void ofBytes_rejectsEmptyBytesAndOtherTypes() {
    assertThatThrownBy(() -> ListingImage.ofBytes(new byte[0], "image/jpeg"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("bytes must not be empty: 0");
    assertThatThrownBy(() -> ListingImage.ofBytes(Samples.JPEG, "application/pdf"))
        .hasMessage("mediaType must be an image media type like image/jpeg: \"application/pdf\"");
    assertThatThrownBy(() -> ListingImage.hosted("has space"))
        .hasMessage("platformImageId must not contain white space or control characters:"
            + " \"has space\"");
  }
}
