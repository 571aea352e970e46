package io.github.craftmark.core.brand;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.internal.Checks;
import java.util.Optional;

/**
 * Who owns a brand: an association, cooperative, enterprise or person, or the State for a
 * geographical indication.
 *
 * <p>When the owner is also a producer in the application (a cooperative that sells, an
 * enterprise with its own trademark), {@code producer} links to it, so that the owner's own use is
 * recognised. The State never has a producer id; instead it names the body that manages the
 * geographical indication, usually a provincial department.
 *
 * @param kind what kind of owner this is
 * @param name the owner's name, e.g. {@code "Hiệp hội Gốm sứ Bát Tràng"}
 * @param producer the owner as a producer of the application, when it is one
 * @param managingBody for the State, the body that manages the right and grants permits
 */
public record BrandOwner(
    BrandOwnerKind kind,
    String name,
    Optional<ProducerId> producer,
    Optional<String> managingBody) {
  /** The name written for the State as owner. */
  public static final String STATE_NAME = "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam";

  /**
   * Validates the owner; the State needs a managing body and has no producer id.
   *
   * @param kind what kind of owner this is
   * @param name the owner's name, e.g. {@code "Hiệp hội Gốm sứ Bát Tràng"}
   * @param producer the owner as a producer of the application, when it is one
   * @param managingBody for the State, the body that manages the right and grants permits
   */
  public BrandOwner {
    Checks.notNull("kind", kind);
    name = Checks.text("name", name, 300);
    producer = Checks.optional(producer);
    managingBody = Optional.ofNullable(Checks.optionalText(
        "managingBody", managingBody == null ? null : managingBody.orElse(null)));
    if (kind == BrandOwnerKind.STATE) {
      if (producer.isPresent()) {
        throw new InvalidValueException("producer", "must be absent for the State", producer.get());
      }
      if (managingBody.isEmpty()) {
        throw new InvalidValueException("managingBody", "must be given for the State", null);
      }
    } else if (managingBody.isPresent()) {
      throw new InvalidValueException(
          "managingBody", "must be absent unless the owner is the State", managingBody.get());
    }
  }

  /**
   * Returns an owner that is an organisation or person known as a producer of the application.
   *
   * @param kind the kind of owner, not {@link BrandOwnerKind#STATE}
   * @param name the owner's name
   * @param producer the owner's producer id
   * @return the owner
   */
  public static BrandOwner of(BrandOwnerKind kind, String name, ProducerId producer) {
    return new BrandOwner(kind, name, Optional.of(Checks.notNull("producer", producer)), null);
  }

  /**
   * Returns an owner that is not a producer of the application.
   *
   * @param kind the kind of owner, not {@link BrandOwnerKind#STATE}
   * @param name the owner's name
   * @return the owner
   */
  public static BrandOwner of(BrandOwnerKind kind, String name) {
    return new BrandOwner(kind, name, Optional.empty(), null);
  }

  /**
   * Returns the State as owner of a geographical indication (Law on Intellectual Property art.
   * 121), managed by {@code managingBody}.
   *
   * @param managingBody the managing body, e.g. {@code "Sở Khoa học và Công nghệ tỉnh …"}
   * @return the owner
   */
  public static BrandOwner state(String managingBody) {
    return new BrandOwner(
        BrandOwnerKind.STATE,
        STATE_NAME,
        Optional.empty(),
        Optional.ofNullable(Checks.text("managingBody", managingBody)));
  }

  /**
   * Tells whether {@code candidate} is this owner as a producer of the application.
   *
   * @param candidate a producer id
   * @return true when the owner links to exactly that producer
   */
  public boolean isProducer(ProducerId candidate) {
    return producer.isPresent() && producer.get().equals(candidate);
  }
}
