/**
 * The operator catalogue of a built model: one small record per operator kind, each declaring the
 * signals it sets, increments, reads and updates (nengo-semantics.md §2.2).
 */
package dev.neurovec.build.ops;
