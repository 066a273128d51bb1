package coyotos.studio.debug.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.Process;
import coyotos.studio.sim.model.ProgramImage;
import coyotos.studio.sim.result.RunInfo;

/**
 * The ELF files the program processes of a debugged model were loaded from (Process.programImage, resolved as the
 * translation resolves it), and their symbols, read once when first asked for.
 */
public final class ProgramImages {
    private final Map<Integer, Path> files = new HashMap<>();
    private final Map<Integer, ProgramSymbols> symbols = new HashMap<>();

    private ProgramImages() {
    }

    public static ProgramImages of(CoyotosSystem system, RunInfo info) {
        ProgramImages images = new ProgramImages();
        if (system == null || system.eResource() == null) {
            return images;
        }
        for (int i = 0; i < info.processIds().size(); i++) {
            EObject o = system.eResource().getEObject(info.processId(i));
            if (o instanceof Process p) {
                Path file = ProgramImage.fileOf(p);
                if (file != null) {
                    images.files.put(i, file);
                }
            }
        }
        return images;
    }

    /** The symbols of the process's program image (none when it has no image or no symbol table). */
    public synchronized ProgramSymbols symbols(int process) {
        return symbols.computeIfAbsent(process, p -> ProgramSymbols.of(files.get(p)));
    }
}
