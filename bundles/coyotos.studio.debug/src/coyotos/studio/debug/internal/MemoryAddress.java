package coyotos.studio.debug.internal;

import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugException;

/**
 * An address the user types into the Memory view's monitor: 0x-hex or decimal, underscores allowed, a 32-bit user
 * address. It exists apart from the debug target so the reading of what the user wrote, and the message when it is
 * not an address, is one rule the target only asks.
 */
public final class MemoryAddress {

    private MemoryAddress() {
    }

    /**
     * The address {@code expression} names.
     *
     * @throws DebugException naming the expression when it is not a number or not a 32-bit user address
     */
    public static long parse(String expression) throws DebugException {
        long address;
        try {
            String e = expression.trim().replace("_", "");
            address = e.toLowerCase(Locale.ROOT).startsWith("0x") ? Long.parseUnsignedLong(e.substring(2), 16)
                    : Long.parseLong(e);
        } catch (NumberFormatException e) {
            throw new DebugException(Status.error("'" + expression + "' is not an address: write 0x10000 or 65536"));
        }
        if (address < 0 || address > 0xFFFF_FFFFL) {
            throw new DebugException(Status.error(expression + " is not a 32-bit user address"));
        }
        return address;
    }
}
