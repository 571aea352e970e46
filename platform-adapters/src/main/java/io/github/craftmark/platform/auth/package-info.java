/**
 * Shops' OAuth tokens: a store, and a manager that refreshes them once per shop however many
 * threads ask.
 */
package io.github.craftmark.platform.auth;
