package org.fluorite.kymo.ui.parts;

import org.fluorite.core.DataObject;
import org.fluorite.io.bluelake.BluelakeData;
import org.fluorite.kymo.Kymograph;
import org.fluorite.ui.DataPresenter;
import org.osgi.service.component.annotations.Component;

/** Shows kymographs, and Bluelake files that hold kymographs, in a {@link KymographPart}. */
@Component(service = DataPresenter.class)
public class KymographPresenter implements DataPresenter {

    @Override
    public String id() {
        return "fluorite.kymograph";
    }

    @Override
    public boolean canPresent(DataObject data) {
        return data instanceof Kymograph || data instanceof BluelakeData b && !b.kymographs().isEmpty();
    }

    @Override
    public String partDescriptorId() {
        return KymographPart.DESCRIPTOR_ID;
    }

    @Override
    public int priority() {
        return 10;
    }
}
