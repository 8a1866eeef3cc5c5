/** Transmissions (typed tables with an analysis history per data block). */
package org.fluorite.flow;
