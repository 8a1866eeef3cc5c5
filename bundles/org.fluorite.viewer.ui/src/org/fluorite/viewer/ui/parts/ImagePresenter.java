package org.fluorite.viewer.ui.parts;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.ui.DataPresenter;
import org.osgi.service.component.annotations.Component;

/** Shows every {@link Image} in a {@link ViewerPart}. */
@Component(service = DataPresenter.class)
public class ImagePresenter implements DataPresenter {

    @Override
    public String id() {
        return "fluorite.viewer";
    }

    @Override
    public boolean canPresent(DataObject data) {
        return data instanceof Image;
    }

    @Override
    public String partDescriptorId() {
        return ViewerPart.DESCRIPTOR_ID;
    }
}
