package coyotos.studio.runs;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import coyotos.studio.sim.result.EventSink;
import coyotos.studio.sim.result.EventType;

/**
 * A run's event stream on disk as fixed-size records, so the Trace and Timeline views can show 10^6 events
 * by reading only the rows on screen (random access), never the whole stream in memory.
 */
public final class EventLog implements Closeable {

    /** cycle(8) type(4) process(4) peer(4) value(8) detail(8) */
    static final int RECORD = 36;

    private final FileChannel channel;
    private final ByteBuffer map;
    private final int size;

    private EventLog(FileChannel channel) throws IOException {
        this.channel = channel;
        long bytes = channel.size();
        if (bytes % RECORD != 0 || bytes / RECORD > Integer.MAX_VALUE) {
            throw new IOException("event log has a broken length: " + bytes + " bytes");
        }
        this.map = channel.map(FileChannel.MapMode.READ_ONLY, 0, bytes);
        this.size = (int) (bytes / RECORD);
    }

    public static EventLog open(Path file) throws IOException {
        return new EventLog(FileChannel.open(file, StandardOpenOption.READ));
    }

    public int size() {
        return size;
    }

    public long cycle(int row) {
        return map.getLong(row * RECORD);
    }

    public EventType type(int row) {
        return EventType.of(map.getInt(row * RECORD + 8));
    }

    public int process(int row) {
        return map.getInt(row * RECORD + 12);
    }

    public int peer(int row) {
        return map.getInt(row * RECORD + 16);
    }

    public long value(int row) {
        return map.getLong(row * RECORD + 20);
    }

    public long detail(int row) {
        return map.getLong(row * RECORD + 28);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /**
     * Writes the events of a run as it goes; keeps at most {@code limit} events (the first ones), because a
     * trace of a billion touches helps nobody and fills the disk.
     */
    public static final class Writer implements EventSink, Closeable {
        private final DataOutputStream out;
        private final long mask;
        private final long limit;
        private long written;

        public Writer(Path file, long interestMask, long limit) throws IOException {
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            this.mask = interestMask;
            this.limit = limit;
        }

        @Override
        public long interestMask() {
            return mask;
        }

        @Override
        public void onEvent(long cycle, EventType type, int process, int peer, long value, long detail) {
            if (written >= limit) {
                return;
            }
            try {
                out.writeLong(cycle);
                out.writeInt(type.ordinal());
                out.writeInt(process);
                out.writeInt(peer);
                out.writeLong(value);
                out.writeLong(detail);
                written++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public long written() {
            return written;
        }

        public boolean truncated(long eventsOfInterest) {
            return eventsOfInterest > written;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
