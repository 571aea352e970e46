package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.auth.InMemoryTokenStore;
import io.github.craftmark.platform.http.JdkHttpTransport;
import io.github.craftmark.platform.http.RateLimiter;
import io.github.craftmark.platform.http.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class AdapterSettingsTest {
  @Test
  void builder_hasDefaultsForAllButTheCredentials() {
    AdapterSettings settings = AdapterSettings.builder().build();

    assertThat(settings.appKey()).isEmpty();
    assertThat(settings.appSecret()).isEmpty();
    assertThat(settings.baseUri()).isEmpty();
    assertThat(settings.transport()).isInstanceOf(JdkHttpTransport.class);
    assertThat(settings.tokenStore()).isInstanceOf(InMemoryTokenStore.class);
    assertThat(settings.clock()).isEqualTo(Clock.systemUTC());
    assertThat(settings.rateLimiter()).isSameAs(RateLimiter.unlimited());
  }

  @Test
  void toString_neverShowsTheSecret() {
    AdapterSettings settings = AdapterSettings.builder()
        .appKey("2001234")
        .appSecret("SUPER-SECRET-PARTNER-KEY")
        .baseUri(URI.create("https://partner.test-stable.shopeemobile.com"))
        .property("region", "VN")
        .retryPolicy(RetryPolicy.none())
        .build();

    assertThat(settings.toString())
        .contains("appKey=2001234", "appSecret=***", "properties=[region]")
        .doesNotContain("SUPER-SECRET-PARTNER-KEY");
    assertThat(settings.toBuilder().build().requireAppSecret())
        .isEqualTo("SUPER-SECRET-PARTNER-KEY");
    assertThat(settings.property("region")).contains("VN");
  }

  @Test
  void require_namesTheMissingSettingWithoutAValue() {
    AdapterSettings settings = AdapterSettings.builder().build();

    assertThatThrownBy(settings::requireAppKey)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("appKey must be set: null");
    assertThatThrownBy(settings::requireAppSecret).hasMessage("appSecret must be set");
  }

  @Test
  void setters_checkAtOnce() {
    assertThatThrownBy(() -> AdapterSettings.builder().appSecret("has space"))
        .hasMessage("appSecret must not contain white space or control characters");
    assertThatThrownBy(() -> AdapterSettings.builder().baseUri(URI.create("file:///tmp")))
        .hasMessage("baseUri must be an absolute http or https URI: file:///tmp");
  }
}
