package coyotos.studio.sim.model;

import coyotos.studio.model.io.LoadDiagnostic;
import coyotos.studio.sim.result.RunResult;
import java.util.List;

/**
 * The outcome of simulating a model file: the result, or why there is none (load diagnostics, translation
 * problems). Problems that are not errors are kept next to a result: they say what the run approximated.
 *
 * @param result null when loading or translation failed
 */
public record ModelRun(RunResult result, List<LoadDiagnostic> loadDiagnostics, List<TranslationProblem> problems) {

    public ModelRun {
        loadDiagnostics = List.copyOf(loadDiagnostics);
        problems = List.copyOf(problems);
    }

    public boolean ran() {
        return result != null;
    }

    public boolean hasErrors() {
        return loadDiagnostics.stream().anyMatch(d -> d.severity() == LoadDiagnostic.Severity.ERROR)
                || problems.stream().anyMatch(TranslationProblem::isError);
    }
}
