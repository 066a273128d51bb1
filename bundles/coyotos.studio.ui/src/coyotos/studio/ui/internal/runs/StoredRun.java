package coyotos.studio.ui.internal.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import coyotos.studio.runs.EventLog;
import coyotos.studio.runs.RunRecord;

/** A run the views know: its record and, beside it, its event log (opened on first use, shared by the views). */
public final class StoredRun {

    private final RunRecord record;
    private final Path recordFile;
    private EventLog events;

    public StoredRun(RunRecord record, Path recordFile) {
        this.record = record;
        this.recordFile = recordFile;
    }

    public RunRecord record() {
        return record;
    }

    public Path recordFile() {
        return recordFile;
    }

    public String label() {
        return record.label();
    }

    /** The event log, or null when the run kept none or it is gone. */
    public synchronized EventLog events() throws IOException {
        if (events == null && record.eventsFile() != null) {
            Path file = recordFile.resolveSibling(record.eventsFile());
            if (Files.exists(file)) {
                events = EventLog.open(file);
            }
        }
        return events;
    }

    synchronized void close() {
        if (events != null) {
            try {
                events.close();
            } catch (IOException e) {
                // closing a read-only mapping cannot lose anything
            }
            events = null;
        }
    }

    @Override
    public String toString() {
        return label();
    }
}
