package coyotos.studio.sim.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * The kernel's console: the lines programs print through {@code KernLog.log} (caps/cap_KernLog.c prints each
 * message with a newline added when it has none). A message holding newlines gives several lines. Bytes are shown
 * as ISO-8859-1 characters, as a serial console shows them. At most {@value #MAX_LINES} lines are kept, so a
 * program printing in a loop cannot fill the heap; the rest are counted.
 */
final class KernelConsole {
    static final int MAX_LINES = 10_000;

    private final List<String> lines = new ArrayList<>();
    private long dropped;

    /** Prints one KernLog message; returns the index of its first line. */
    int print(byte[] message, int length) {
        int first = lines.size();
        int end = length > 0 && message[length - 1] == '\n' ? length - 1 : length;
        int start = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || message[i] == '\n') {
                String line = new String(message, start, i - start, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (lines.size() < MAX_LINES) {
                    lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
                } else {
                    dropped++;
                }
                start = i + 1;
            }
        }
        return first;
    }

    /** What was printed; a last line says how many were left out beyond the limit. */
    List<String> lines() {
        if (dropped == 0) {
            return List.copyOf(lines);
        }
        List<String> out = new ArrayList<>(lines);
        out.add("(" + dropped + " more console lines were not kept)");
        return out;
    }
}
