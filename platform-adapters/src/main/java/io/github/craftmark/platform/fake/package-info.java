/**
 * An in-memory marketplace with the adapters' SPI, for tests and examples: {@link
 * io.github.craftmark.platform.fake.FakeMarketplace}.
 */
package io.github.craftmark.platform.fake;
