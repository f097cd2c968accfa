/** Online learning rules (Nengo's {@code nengo.learning_rules}): their parameters and attachment points. */
package dev.neurovec.network.learning;
