package org.fluorite.ui.internal;

import org.fluorite.core.DataObject;
import org.fluorite.ui.DataPresenter;
import org.osgi.service.component.annotations.Component;

/** Shows any data object no other view accepts, as a tree of its properties. */
@Component(service = DataPresenter.class)
public class SummaryPresenter implements DataPresenter {

    @Override
    public String id() {
        return "fluorite.summary";
    }

    @Override
    public boolean canPresent(DataObject data) {
        return true;
    }

    @Override
    public String partDescriptorId() {
        return SummaryPart.DESCRIPTOR_ID;
    }

    /** Below every specific view. */
    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }
}
