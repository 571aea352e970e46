package io.github.craftmark.provenance.internal.ledger.jdbc;

/**
 * The ledger's schema cannot be brought to the version this library needs: a migration failed, an
 * applied migration was changed, the schema is newer than the library, or the migration lock was
 * not granted in time. Messages name migrations and versions, never data.
 */
public final class MigrationException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the migration
   */
  public MigrationException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong, naming the migration
   * @param cause the database error
   */
  public MigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
