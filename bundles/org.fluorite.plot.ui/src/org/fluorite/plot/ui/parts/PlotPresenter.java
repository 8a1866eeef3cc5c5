package org.fluorite.plot.ui.parts;

import org.fluorite.core.DataObject;
import org.fluorite.flow.Transmission;
import org.fluorite.ui.DataPresenter;
import org.osgi.service.component.annotations.Component;

/** Shows opened Transmission files ({@code .trn.h5}) as interactive plots. */
@Component(service = DataPresenter.class)
public class PlotPresenter implements DataPresenter {

    @Override
    public String id() {
        return "fluorite.plot";
    }

    @Override
    public boolean canPresent(DataObject data) {
        return data instanceof Transmission;
    }

    @Override
    public String partDescriptorId() {
        return PlotPart.DESCRIPTOR_ID;
    }
}
