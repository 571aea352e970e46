/**
 * Vietnamese addresses after the July 2025 two-level reform: street, commune or ward, province,
 * with optional legacy district and commune.
 */
package io.github.craftmark.core.address;
