package coyotos.studio.model.io;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import coyotos.studio.model.CoyotosPackage;
import coyotos.studio.model.util.CoyotosValidator;

/**
 * Registration without the Eclipse extension registry (plain Java, tests, the CLI). Harmless under OSGi,
 * where plugin.xml registers the same things.
 */
public final class CoyotosModel {

    private CoyotosModel() {
    }

    /** Registers the package, its validator and the {@code coyotos} resource factory globally. */
    public static void registerGlobally() {
        EPackage.Registry.INSTANCE.put(CoyotosPackage.eNS_URI, CoyotosPackage.eINSTANCE);
        EValidator.Registry.INSTANCE.put(CoyotosPackage.eINSTANCE, CoyotosValidator.INSTANCE);
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap()
                .putIfAbsent(CoyotosResourceFactory.EXTENSION, new CoyotosResourceFactory());
    }

    /** A resource set that reads and writes {@code .coyotos} files, and never opens a non-local URI. */
    public static ResourceSet newResourceSet() {
        registerGlobally();
        ResourceSet rs = new ResourceSetImpl();
        RemoteURIRefusal.install(rs);
        rs.getPackageRegistry().put(CoyotosPackage.eNS_URI, CoyotosPackage.eINSTANCE);
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(CoyotosResourceFactory.EXTENSION, new CoyotosResourceFactory());
        return rs;
    }
}
