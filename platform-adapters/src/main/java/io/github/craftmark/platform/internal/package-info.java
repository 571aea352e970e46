/** Implementation of the platform adapters; not API, not exported. */
package io.github.craftmark.platform.internal;
