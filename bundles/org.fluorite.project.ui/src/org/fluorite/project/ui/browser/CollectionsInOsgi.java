package org.fluorite.project.ui.browser;

import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.impl.map.mutable.UnifiedMap;

/**
 * Makes NatTable draw inside OSGi. NatTable's cell painter uses Eclipse Collections' factories
 * ({@code Maps.mutable}, {@code Sets.mutable}), which find their implementation with
 * {@code ServiceLoader} through the thread's context class loader when first used. In the
 * workbench that loader cannot see the implementation bundle (Maven Central's jars carry no
 * service-loader capabilities), so the factories become proxies that throw, and NatTable, which
 * logs paint errors through a logger that is silent here, draws an empty table. Touching the
 * factories once with the implementation bundle's loader as context loader fixes them for the
 * process; outside OSGi it changes nothing.
 */
final class CollectionsInOsgi {

    private static boolean done;

    private CollectionsInOsgi() {
    }

    /** Initialises the factories NatTable uses, once; call before the first NatTable is made. */
    static synchronized void prepare() {
        if (done) {
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(UnifiedMap.class.getClassLoader());
            Maps.mutable.empty();
            Sets.mutable.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
        done = true;
    }
}
