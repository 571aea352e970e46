package io.github.craftmark.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CraftCategoryTest {

  @Test
  void builtIns_haveVietnameseNamesAndStableCodes() {
    assertThat(CraftCategory.CERAMICS.code()).isEqualTo("ceramics");
    assertThat(CraftCategory.CERAMICS.nameVi()).isEqualTo("Gốm sứ");
    assertThat(CraftCategory.fromCode("silk")).isSameAs(CraftCategory.SILK);
    assertThat(CraftCategory.all()).contains(CraftCategory.LACQUER, CraftCategory.BAMBOO_RATTAN);
  }

  @Test
  void register_addsAnApplicationCategoryFoundByCode() {
    CraftCategory horn = CraftCategory.register("horn-carving", "Sừng mỹ nghệ", "Horn carving");
    assertThat(CraftCategory.fromCode("horn-carving")).isSameAs(horn);
    assertThat(CraftCategory.register("horn-carving", "Sừng mỹ nghệ", "Horn carving"))
        .isSameAs(horn);
    assertThatThrownBy(() -> CraftCategory.register("horn-carving", "Khác", "Other"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("already registered");
  }

  @Test
  void fromCode_whenUnknown_isRejectedNamingTheCode() {
    assertThatThrownBy(() -> CraftCategory.fromCode("pottery-x"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("craftCategory must be a built-in or registered code: \"pottery-x\"");
    assertThat(CraftCategory.find("pottery-x")).isEmpty();
  }

  @Test
  void of_whenCodeNotASlug_isRejected() {
    assertThatThrownBy(() -> CraftCategory.of("Gốm", "Gốm", "Pottery"))
        .hasMessageStartingWith("code must be a lower-case ASCII slug");
  }

  @Test
  void equality_isByCode() {
    assertThat(CraftCategory.of("ceramics", "Gốm", "Pottery")).isEqualTo(CraftCategory.CERAMICS);
  }

  record Crafts(List<CraftCategory> crafts) {}

  @Test
  void json_writesCodesAndReadsUnknownCodes() throws Exception {
    GoldenJson.assertMatchesGolden(
        new Crafts(List.of(CraftCategory.CERAMICS, CraftCategory.SILK)),
        Crafts.class,
        "product/craft-categories.json");
    Crafts unknown = GoldenJson.MAPPER.readValue("{\"crafts\":[\"kite-making\"]}", Crafts.class);
    assertThat(unknown.crafts()).extracting(CraftCategory::code).containsExactly("kite-making");
  }

  @Test
  void register_fromManyThreadsAtOnce_keepsOneCategoryPerCode() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<CraftCategory>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < 200; i++) {
            CraftCategory.register("concurrent-" + thread + "-" + i, "Nghề " + i, "Craft " + i);
            assertThat(CraftCategory.all()).contains(CraftCategory.CERAMICS);
          }
          return CraftCategory.register("concurrent-shared", "Nghề chung", "Shared craft");
        }));
      }
      start.countDown();
      CraftCategory first = results.get(0).get(30, TimeUnit.SECONDS);
      for (Future<CraftCategory> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).isSameAs(first);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(CraftCategory.all())
        .filteredOn(c -> c.code().startsWith("concurrent-"))
        .hasSize(threads * 200 + 1);
  }
}
