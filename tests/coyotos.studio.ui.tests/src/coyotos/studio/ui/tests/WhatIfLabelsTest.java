package coyotos.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collection;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;

import coyotos.studio.model.ActivationDesign;
import coyotos.studio.model.ActivationHandler;
import coyotos.studio.model.CoyotosFactory;
import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.Process;
import coyotos.studio.model.SimulationSetup;
import coyotos.studio.ui.internal.emf.ItemPropertySourceProvider;

/**
 * Where a user meets an activation handler it reads as a what-if (New Child menu, tree, Properties title), and a
 * simulation setup's Properties list its profile's constants with their sources.
 */
class WhatIfLabelsTest {
    private final ComposedAdapterFactory factory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

    @Test
    void activationHandlerReadsAsAWhatIf() {
        Process p = CoyotosFactory.eINSTANCE.createProcess();
        ActivationHandler a = CoyotosFactory.eINSTANCE.createActivationHandler();
        a.setName("h");
        p.setActivationHandler(a);
        IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(a, IItemLabelProvider.class);
        assertTrue(labels.getText(a).contains("what-if, draft-0.5"), labels.getText(a));
        a.setDesign(ActivationDesign.SEED_2007);
        assertTrue(labels.getText(a).contains("what-if, seed-2007"), labels.getText(a));

        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
        IEditingDomainItemProvider provider = (IEditingDomainItemProvider) factory.adapt(p, IEditingDomainItemProvider.class);
        p.setActivationHandler(null);
        Collection<?> children = provider.getNewChildDescriptors(p, domain, null);
        Object child = children.stream().filter(c -> c instanceof CommandParameter cp
                && cp.getFeature() == CoyotosPackage.Literals.PROCESS__ACTIVATION_HANDLER).findFirst().orElseThrow();
        String menu = ((org.eclipse.emf.edit.provider.ItemProviderAdapter) provider).getCreateChildText(p,
                ((CommandParameter) child).getFeature(), ((CommandParameter) child).getValue(), null);
        assertTrue(menu.contains("what-if"), "the New Child menu says so: " + menu);
    }

    @Test
    void simulationSetupPropertiesShowTheProfileWithSources() {
        SimulationSetup setup = CoyotosFactory.eINSTANCE.createSimulationSetup();
        IPropertySource source = new ItemPropertySourceProvider(factory).getPropertySource(setup);
        IPropertyDescriptor trap = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> "trapEntryCycles".equals(d.getDisplayName())).findFirst().orElse(null);
        assertNotNull(trap, "the profile's constants are listed");
        assertTrue(trap.getCategory().contains("pentium4"), trap.getCategory());
        Object value = source.getPropertyValue(trap.getId());
        assertTrue(String.valueOf(value).contains("estimate"), String.valueOf(value));
        IPropertyDescriptor tlb = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> "tlbEntries".equals(d.getDisplayName())).findFirst().orElseThrow();
        assertTrue(String.valueOf(source.getPropertyValue(tlb.getId())).startsWith("64"), "published: the NetBurst DTLB");
        assertTrue(Arrays.stream(source.getPropertyDescriptors()).anyMatch(d -> "Kernel".equals(d.getDisplayName())),
                "the kernel variant is a property of the setup");
    }
}
