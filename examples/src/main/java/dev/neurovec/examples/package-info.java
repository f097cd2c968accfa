/** Runnable examples: the NengoDL tutorial in Java and the named networks the command line uses. */
package dev.neurovec.examples;
