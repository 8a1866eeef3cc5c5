package org.fluorite.hdf5.ui.parts;

import org.fluorite.core.DataObject;
import org.fluorite.io.hdf5.Hdf5Tree;
import org.fluorite.ui.DataPresenter;
import org.osgi.service.component.annotations.Component;

/** Shows the structure of every HDF5 file ({@link Hdf5Tree}, kind "hdf5") in an {@link Hdf5BrowserPart}. */
@Component(service = DataPresenter.class)
public class Hdf5TreePresenter implements DataPresenter {

    @Override
    public String id() {
        return "fluorite.hdf5.browser";
    }

    @Override
    public boolean canPresent(DataObject data) {
        return data instanceof Hdf5Tree && Hdf5Tree.KIND.equals(data.kind());
    }

    /** The browser lists every dataset of the file and opens them on request. */
    @Override
    public boolean showsWholeFile() {
        return true;
    }

    @Override
    public String partDescriptorId() {
        return Hdf5BrowserPart.DESCRIPTOR_ID;
    }
}
