package coyotos.studio.sim.result;

import java.util.List;

/** What a sink needs to interpret event indices: process ids and names in index order. */
public record RunInfo(String image, String profile, long seed, List<String> processIds, List<String> processNames) {
    public RunInfo {
        processIds = List.copyOf(processIds);
        processNames = List.copyOf(processNames);
    }

    public String processName(int index) {
        return index < 0 || index >= processNames.size() ? "-" : processNames.get(index);
    }

    public String processId(int index) {
        return index < 0 || index >= processIds.size() ? null : processIds.get(index);
    }
}
