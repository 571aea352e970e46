/**
 * Producers (household businesses, cooperatives, cooperative groups, enterprises, individual
 * artisans) and artisan titles.
 */
package io.github.craftmark.core.producer;
