package coyotos.studio.model.validation;

import java.io.File;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;

import coyotos.studio.model.CoyotosSystem;
import coyotos.studio.model.io.CoyotosModel;

/** Test helper: explicit registration (no extension registry needed) and the examples folder. */
public final class TestModels {

    static {
        CoyotosModel.registerGlobally();
    }

    private TestModels() {
    }

    public static void init() {
        // the static initializer does the work
    }

    /** The examples of bundles/coyotos.studio.examples, seen from the test bundle folder. */
    public static File examplesDir() {
        File dir = new File("../../bundles/coyotos.studio.examples/examples");
        if (!dir.isDirectory()) {
            throw new AssertionError("Example folder not found at " + dir.getAbsolutePath()
                    + ": run the tests from tests/coyotos.studio.model.tests (surefire does).");
        }
        return dir;
    }

    public static List<Finding> findings(CoyotosSystem s) {
        return RuleEngine.INSTANCE.check(s);
    }

    public static List<String> ids(CoyotosSystem s) {
        return findings(s).stream().map(Finding::ruleId).distinct().collect(Collectors.toList());
    }

    /** EMF Diagnostician (all generated constraints plus the rules). */
    public static Diagnostic diagnose(CoyotosSystem s) {
        init();
        return Diagnostician.INSTANCE.validate(s);
    }

    public static String describe(List<Finding> fs) {
        return fs.stream().map(Finding::message).collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
