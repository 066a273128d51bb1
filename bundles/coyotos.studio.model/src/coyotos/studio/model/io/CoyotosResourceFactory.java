package coyotos.studio.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Resource factory for the {@code coyotos} extension (registered in plugin.xml and by {@link CoyotosModel}). */
public class CoyotosResourceFactory extends ResourceFactoryImpl {

    public static final String EXTENSION = "coyotos";

    @Override
    public Resource createResource(URI uri) {
        return new CoyotosResource(uri);
    }
}
