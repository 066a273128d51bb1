package coyotos.studio.model.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import coyotos.studio.model.io.ModelLoader;
import coyotos.studio.model.validation.Finding;
import coyotos.studio.model.validation.TestModels;

/** Every shipped example loads without diagnostics and validates with zero errors. */
class ExamplesTest {

    static Stream<String> examples() {
        File[] files = TestModels.examplesDir().listFiles((d, n) -> n.endsWith(".coyotos"));
        return Arrays.stream(files).map(File::getName).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void loadsAndValidatesWithZeroErrors(String name) {
        ModelLoader.Result r = new ModelLoader().load(new File(TestModels.examplesDir(), name));
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
        assertNotNull(r.system());
        List<Finding> errors = TestModels.findings(r.system()).stream()
                .filter(f -> f.severity() >= Diagnostic.ERROR).toList();
        assertTrue(errors.isEmpty(), name + ":" + TestModels.describe(errors));
        assertTrue(TestModels.diagnose(r.system()).getSeverity() < Diagnostic.ERROR);
        XMIResource res = (XMIResource) r.resource();
        for (var it = res.getAllContents(); it.hasNext();) {
            EObject o = it.next();
            assertNotNull(res.getID(o), "element without xmi:id: " + o);
        }
    }

    @Test
    void theExpectedExamplesAreThere() {
        List<String> names = examples().toList();
        for (String n : List.of("seed-external-own-space.coyotos", "seed-external-shared-space.coyotos",
                "seed-memory-handler.coyotos", "seed-activation.coyotos", "testhandler.coyotos",
                "ipc-client-server.coyotos")) {
            assertTrue(names.contains(n), "missing example " + n);
        }
        assertTrue(new File(TestModels.examplesDir(), ".project").isFile());
    }
}
