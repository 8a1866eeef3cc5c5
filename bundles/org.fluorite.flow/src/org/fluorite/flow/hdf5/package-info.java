/** Transmissions saved as and read from HDF5 files in a layout Python reads without Fluorite (see the bundle README). */
package org.fluorite.flow.hdf5;
