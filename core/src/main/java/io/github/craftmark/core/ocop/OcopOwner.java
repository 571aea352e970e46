package io.github.craftmark.core.ocop;

import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.internal.Checks;
import java.util.Optional;

/**
 * The owner of an OCOP product (chủ thể OCOP), as named in the certification decision.
 *
 * @param name the owner's registered name, e.g. {@code "Hợp tác xã Gốm sứ Bát Tràng"}; NFC
 * @param kind the owner's legal form
 * @param producerId the application's own id for the producer, when it has one
 */
public record OcopOwner(String name, OcopOwnerKind kind, Optional<ProducerId> producerId) {
  /**
   * Validates the owner.
   *
   * @param name the owner's registered name, e.g. {@code "Hợp tác xã Gốm sứ Bát Tràng"}; NFC
   * @param kind the owner's legal form
   * @param producerId the application's own id for the producer, when it has one
   */
  public OcopOwner {
    name = Checks.text("owner.name", name, 300);
    Checks.notNull("owner.kind", kind);
    producerId = Checks.optional(producerId);
  }

  /**
   * Returns an owner without a producer id.
   *
   * @param name the registered name
   * @param kind the legal form
   * @return the owner
   */
  public static OcopOwner of(String name, OcopOwnerKind kind) {
    return new OcopOwner(name, kind, Optional.empty());
  }

  /**
   * Returns an owner linked to a producer of the application.
   *
   * @param name the registered name
   * @param kind the legal form
   * @param producerId the producer's id
   * @return the owner
   */
  public static OcopOwner of(String name, OcopOwnerKind kind, ProducerId producerId) {
    return new OcopOwner(name, kind, Optional.of(Checks.notNull("producerId", producerId)));
  }
}
