package org.fluorite.flow.nodes.plot;

import java.util.Map;
import java.util.function.Consumer;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Posts {@link PlotShown} through OSGi EventAdmin when there is one (the workbench); headless runs
 * have none and the announcement is dropped.
 */
final class PlotAnnouncer implements Consumer<PlotShown> {

    private volatile Object eventAdmin;

    void set(Object admin) {
        eventAdmin = admin;
    }

    void unset(Object admin) {
        if (eventAdmin == admin) {
            eventAdmin = null;
        }
    }

    @Override
    public void accept(PlotShown shown) {
        Object admin = eventAdmin;
        if (admin != null) {
            ((EventAdmin) admin).postEvent(new Event(PlotShown.TOPIC, Map.of(PlotShown.DATA, shown)));
        }
    }
}
