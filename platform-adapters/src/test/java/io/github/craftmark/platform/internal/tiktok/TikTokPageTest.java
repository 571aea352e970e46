package io.github.craftmark.platform.internal.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TikTokPageTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void from_withNextToken_hasNext() throws IOException {
    TikTokPage<TikTokOrder> page =
        TikTokPage.from(mapper.readTree(TikTokOrderTest.PAGE), TikTokOrder::listFrom);

    assertThat(page.hasNext()).isTrue();
    assertThat(page.nextPageToken()).isEqualTo("b2Zmc2V0PTI=");
    assertThat(page.totalCount()).isEqualTo(3);
    assertThat(page.items()).hasSize(1);
  }

  @Test
  void from_withEmptyOrMissingToken_isTheLastPage() throws IOException {
    assertThat(TikTokPage.from(mapper.readTree("{\"next_page_token\":\"\"}"), TikTokOrder::listFrom)
            .hasNext())
        .isFalse();
    TikTokPage<TikTokOrder> bare = TikTokPage.from(mapper.readTree("{}"), TikTokOrder::listFrom);
    assertThat(bare.hasNext()).isFalse();
    assertThat(bare.totalCount()).isEqualTo(-1);
  }
}
