package io.github.craftmark.core.compliance;

/**
 * Whether an individual seller is resident in Vietnam for personal income tax, which decides the
 * PIT rate withheld under Decree 117/2025/NĐ-CP.
 */
public enum Residency {
  /** Resident individual (cá nhân cư trú). */
  RESIDENT,
  /** Non-resident individual (cá nhân không cư trú). */
  NON_RESIDENT
}
