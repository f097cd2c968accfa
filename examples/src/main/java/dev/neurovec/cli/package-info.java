/** The {@code neurovec} command line: the tutorial demo, plan inspection, benchmarks and hardware tools. */
package dev.neurovec.cli;
