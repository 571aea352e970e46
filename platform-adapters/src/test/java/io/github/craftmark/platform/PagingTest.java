package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PagingTest {
  /** Pages of three by offset over 0..(total-1), recording each offset fetched. */
  private static Stream<Integer> numbers(int total, List<Integer> fetched) {
    return Paging.stream(0, offset -> {
      fetched.add(offset);
      List<Integer> items = new ArrayList<>();
      for (int i = offset; i < Math.min(offset + 3, total); i++) {
        items.add(i);
      }
      return Paging.Page.of(items, offset + 3 < total ? offset + 3 : null);
    });
  }

  @Test
  void stream_makesNoCallUntilUsed() {
    List<Integer> fetched = new ArrayList<>();

    Stream<Integer> stream = numbers(10, fetched);

    assertThat(fetched).isEmpty();
    assertThat(stream.toList()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(fetched).containsExactly(0, 3, 6, 9);
  }

  @Test
  void stream_fetchesOnlyThePagesNeeded() {
    List<Integer> fetched = new ArrayList<>();

    assertThat(numbers(100, fetched).limit(4).toList()).containsExactly(0, 1, 2, 3);
    assertThat(fetched).containsExactly(0, 3);
  }

  @Test
  void stream_followsEmptyPagesThatNameANextPosition() {
    Map<String, Paging.Page<String, String>> pages = Map.of(
        "w1", Paging.Page.of(List.of("a"), "w2"),
        "w2", Paging.Page.of(List.of(), "w3"),
        "w3", Paging.Page.last(List.of("b", "c")));

    assertThat(Paging.stream("w1", pages::get).toList()).containsExactly("a", "b", "c");
  }

  @Test
  void stream_stopsWhenThePlatformRepeatsACursor() {
    List<String> fetched = new ArrayList<>();

    List<String> all = Paging.<String, String>stream("c1", cursor -> {
          fetched.add(cursor);
          return Paging.Page.of(List.of("x"), "c1");
        })
        .toList();

    assertThat(all).containsExactly("x");
    assertThat(fetched).containsExactly("c1");
  }

  @Test
  void stream_throwsTheFetchFailureFromTheTerminalOperation() {
    PlatformException failure =
        PlatformException.builder(Marketplace.FAKE, "boom").build();
    Stream<Object> stream = Paging.stream(0, offset -> {
      throw failure;
    });

    assertThatThrownBy(stream::toList).isSameAs(failure);
  }
}
