package coyotos.studio.cli;

import coyotos.studio.sim.report.TerminalText;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints problems with an input on stderr: every line through {@link TerminalText} (names in a model may carry
 * escape sequences), and at most {@value #PER_KIND} lines of one kind (one rule, one severity of translation
 * problems, load problems), then a count of the rest: a model with 100,000 processes that all break one rule
 * prints ten lines and "... and 99,990 more", not megabytes.
 */
final class ProblemPrinter {
    static final int PER_KIND = 10;

    private final PrintStream err;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    ProblemPrinter(PrintStream err) {
        this.err = err;
    }

    /** Prints {@code line} unless {@value #PER_KIND} lines of {@code kind} were printed already. */
    void print(String kind, String line) {
        if (counts.merge(kind, 1, Integer::sum) <= PER_KIND) {
            err.println(TerminalText.escape(line));
        }
    }

    /** One line per kind that had more than it printed; resets the counts. */
    void printRest() {
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > PER_KIND) {
                err.println(String.format("  ... and %,d more %s", e.getValue() - PER_KIND, e.getKey()));
            }
        }
        counts.clear();
    }
}
