package io.github.craftmark.core.compliance;

/** How far the law restricts trading a kind of goods online. */
public enum RestrictionLevel {
  /** Trading is prohibited: the listing must not be published. */
  BANNED,
  /** Trading needs a condition, licence or registration that a person must check. */
  CONDITIONAL
}
