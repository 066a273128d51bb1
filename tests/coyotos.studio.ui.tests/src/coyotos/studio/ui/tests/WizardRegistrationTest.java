package coyotos.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.Test;

/**
 * Each wizard is contributed once, under the id the perspective's shortcuts name: the examples wizard sits
 * in Examples &gt; Coyotos (where File &gt; New &gt; Example... looks), not a second time under another id.
 */
class WizardRegistrationTest {

    private static final String EXAMPLES_WIZARD = "coyotos.studio.ui.wizards.examples";

    @Test
    void everyWizardClassIsContributedOnce() {
        List<String> classes = new ArrayList<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.ui.newWizards")) {
            if ("coyotos.studio.ui".equals(element.getContributor().getName()) && "wizard".equals(element.getName())) {
                classes.add(element.getAttribute("class"));
            }
        }
        assertEquals(List.of("coyotos.studio.ui.internal.wizards.NewModelWizard",
                "coyotos.studio.ui.internal.wizards.ExampleProjectWizard"), classes);
    }

    @Test
    void theExamplesWizardIsAnExampleUnderCoyotos() {
        IWizardDescriptor wizard = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(EXAMPLES_WIZARD);
        assertNotNull(wizard, EXAMPLES_WIZARD + " is registered");
        IWizardCategory category = wizard.getCategory();
        assertEquals("coyotos.studio.ui.examples", category.getId());
        assertEquals("org.eclipse.ui.Examples", category.getParent().getId(), "File > New > Example... lists it");
        assertEquals("Coyotos", category.getLabel());
    }
}
