package example.shop;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An application's own type, outside CraftMark's packages, for tests that a CraftMark-configured
 * mapper leaves the application's JSON alone.
 *
 * @param note a note
 * @param coupon a coupon code, if any
 * @param placedOn the day the order was placed
 * @param tags tags
 */
public record Order(String note, Optional<String> coupon, LocalDate placedOn, List<String> tags) {}
