/**
 * The page a shopper's phone opens from a CraftMark tag: {@link
 * io.github.craftmark.examples.verifyserver.VerifyServer} verifies the tag, records the scan in the
 * ledger, shows the product from a {@link
 * io.github.craftmark.examples.verifyserver.ProductDirectory} and takes the claim code.
 */
package io.github.craftmark.examples.verifyserver;
