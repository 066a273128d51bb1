package coyotos.studio.mkimage.internal.eval;

/** What print, doprint and the print_* built-ins write (mkimage writes it to standard output), bounded. */
public final class Output {
    static final int LIMIT = 4 << 20;
    private final StringBuilder text = new StringBuilder();
    private boolean truncated;

    public void print(String s) {
        if (truncated) {
            return;
        }
        if (text.length() + s.length() > LIMIT) {
            text.append("\n... (output cut after ").append(LIMIT >> 20).append(" MiB)\n");
            truncated = true;
            return;
        }
        text.append(s);
    }

    public String text() {
        return text.toString();
    }
}
