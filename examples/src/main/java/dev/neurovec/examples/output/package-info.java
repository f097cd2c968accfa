/** CSV files and PNG plots the examples write. */
package dev.neurovec.examples.output;
