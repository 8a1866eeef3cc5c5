package org.fluorite.table.ui.parts;

import org.fluorite.core.DataObject;
import org.fluorite.core.table.Table;
import org.fluorite.roi.RoiSet;
import org.fluorite.ui.DataPresenter;
import org.osgi.service.component.annotations.Component;

/** Shows every {@link Table} (localizations, HDF5 compound and 1-D datasets, ...) and every {@link RoiSet} in a {@link TablePart}. */
@Component(service = DataPresenter.class)
public class TablePresenter implements DataPresenter {

    @Override
    public String id() {
        return "fluorite.table";
    }

    @Override
    public boolean canPresent(DataObject data) {
        return data instanceof Table || data instanceof RoiSet;
    }

    @Override
    public String partDescriptorId() {
        return TablePart.DESCRIPTOR_ID;
    }
}
