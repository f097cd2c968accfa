package dev.neurovec.network;

import java.util.List;

/** Something a {@link Probe} can record from, with the attribute names it offers. */
public interface Probeable {

    /** @return the attributes that can be probed; the first is the default */
    List<String> probeable();

    /** @return the object's description for error messages */
    String describe();
}
