package dev.neurovec.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard output is an interactive terminal, so live progress bars make sense there. */
final class Terminal {
    private Terminal() {
    }

    /**
     * On JDK 17 to 21 a console exists only for a terminal. From JDK 22 one exists even when output is
     * redirected, and {@code Console.isTerminal()} (not in the JDK 17 API this module compiles against)
     * tells the two apart; it is looked up once, here, and never on a hot path.
     *
     * @return true when stdout is a terminal that is not {@code TERM=dumb}
     */
    static boolean isTerminal() {
        final Console c = System.console();
        if (c == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            final Method m = Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(c);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Console.isTerminal() failed", e);
        }
    }
}
